"""Quality floors on the seeds, the development sets and our own annotated articles (raise, never lower)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from score import SETS, score_all, score_docs  # noqa: E402

# (entity micro F1, relation micro F1, lowest per-class entity F1, value strict recall as valscore.py)
FLOORS = {
    "seeds": (0.93, 0.84, 0.80, 0.78),
    "fixtures": (0.95, 0.93, 0.80, 0.62),
    # scored; its relation misses were read for the relation-recall rules of 2026-12-07 (relrec)
    "heldout": (0.86, 0.84, 0.40, 0.44),
    # a development set annotated before kg ran on it (its first run was an unseen measurement)
    "dev4": (0.82, 0.65, 0.35, 0.80),
    # six articles annotated before kg ran on them (first run 0.742 / 0.575), then developed on (issue 13)
    "dev5": (0.83, 0.76, 0.50, 0.86),
    # six articles (鞍山, 丹东, 青海, 甘肃, 陕西, 新疆) annotated before kg ran on them (first run 0.789 / 0.690)
    "dev6": (0.90, 0.85, 0.25, 0.77),
    # six articles (沈阳, 大连, a ministry tour, 青海, 西藏, 北京) annotated before kg ran on them (first run
    # 0.750 / 0.701), then developed on
    "dev7": (0.93, 0.84, 0.45, 0.89),
    # six articles (桂平, 五常, 松原, 城前镇, a 浙江 designation list, a 经开区 visit) annotated before kg ran on
    # them (first run 0.846 / 0.584), then developed on; its one Designation is still missed (class floor 0);
    # relation floor raised with the lists announced by 这些项目分别是: (dev12 rules)
    "dev8": (0.92, 0.85, 0.0, 0.85),
    # six articles (a national round-up, 河北, 安徽 庐江, 山东 临沂, 四川 什邡, 黑龙江 克山) annotated before kg
    # ran on them (first run 0.762 / 0.648), then developed on (issue 12: entity precision)
    "dev9": (0.81, 0.67, 0.45, 0.65),
    # six Liaoning articles (朝阳县, 营口辽河开发区, 岫岩, 宽甸, 义县, 本溪县) annotated before kg ran on them
    # (first run 0.769 / 0.638 on the corrected gold), then developed on
    "dev10": (0.93, 0.78, 0.60, 0.55),
    # six articles (宁夏 贺兰, 海南 临高, 重庆 綦江, 天津 蓟州, 上海 宝山, a 商务部 notice) annotated before kg ran
    # on them (first run 0.761 / 0.610), then developed on
    "dev11": (0.90, 0.83, 0.55, 0.80),
    # six articles (阜新 细河区, 辽阳 灯塔市, 云南 孟连, 西藏 工布江达, 安徽 六安, 湖南 石门) annotated before kg ran on
    # them (first run 0.800 / 0.588 on the corrected gold), then developed on; a zone read inside a project's name
    # (X物流中心…光伏发电项目) is its only Zone, spurious (class floor 0)
    "dev12": (0.88, 0.87, 0.0, 0.75),
    # six articles (葫芦岛 绥中, 盘锦 兴隆台区, 锦州, 内蒙古 杭锦旗, 广西 福绵区, 河北 卢龙) annotated before kg ran
    # on them (first run 0.730 / 0.587), then developed on (0.848 / 0.802); its two Zones (named streets) are
    # still missed
    "dev13": (0.83, 0.78, 0.0, 0.89),
    # six articles (本溪, 朝阳 龙城区, 宁夏 吴忠, 新疆兵团 at 西博会, 贵州 六盘水, 吉林 集安) annotated before kg ran
    # on them (first run 0.715 / 0.482), then developed on (0.945 / 0.783); its weakest class is Zone (a bare
    # 高新区 missed, two zones read inside project names)
    "dev14": (0.92, 0.75, 0.60, 0.78),
    # six articles (抚顺, 朝阳, 湖北 襄阳, 江西, 浙江 东阳, 福建 漳州 蓝田) annotated before kg ran on them (first
    # run 0.748 / 0.457), then developed on (0.900 / 0.751); its lowest class is Town (二十家子新城镇, 南马镇)
    "dev15": (0.88, 0.73, 0.35, 0.83),
    # six articles (铁岭县, 鞍山, 甘肃, 山西, 重庆, 河南 郸城) annotated before kg ran on them (first run
    # 0.773 / 0.326), then developed on (0.910 / 0.556); its lowest class is Programme (“云招商” missed)
    "dev16": (0.89, 0.54, 0.78, 0.70),
    # six articles (铁岭, 葫芦岛 (Traditional script), 盘锦, 北京 丰台, 天津 东丽, 黑龙江 鸡东) annotated before kg
    # ran on them (first run 0.797 / 0.723; 0.819 / 0.723 on the gold as corrected), then developed on (0.986 /
    # 0.924); its lowest class is Zone (a planning term, 都市新区, read as a zone)
    "dev17": (0.96, 0.89, 0.80, 0.65),
    # six articles (丹东 边境经济合作区, 阜新, 国家发展改革委, 陕西 镇巴, 江西 吉安县, 海南 文昌) annotated before kg
    # ran on them (first run 0.662 / 0.456), then developed on (0.854 / 0.833); its lowest class is Designation
    # (a headline's short form and a tier named as a standard read as titles of their own)
    "dev18": (0.83, 0.80, 0.45, 0.80),
    # six articles (大连 庄河, 长海县, 青海 都兰, 西藏 洛隆, 广西 平果, 湖南 衡东) annotated before kg ran on them
    # (first run 0.800 / 0.706), then developed on (0.959 / 0.865); its lowest class is Designation (the two
    # 创建名单 lists are labelled with 名单 by this gold, with the title only by kg)
    "dev19": (0.94, 0.83, 0.72, 0.60),
    # six articles (沈阳, 大连 中山区, 河北 巨鹿, 内蒙古 阿荣旗, 山东 禹城/滕州, 四川 开江) annotated before kg ran on
    # them (first run 0.833 / 0.513), then developed on (0.944 / 0.718); its lowest class is Designation, 0.00
    # (its two titles, 招商大使 given to unnamed people and a town's quoted “中国玻璃城”, are not read)
    "dev20": (0.92, 0.68, 0.0, 0.75),
    # six articles (朝阳 凌源, 北票, 工业和信息化部, 江苏 南通, 安徽 怀远 龙亢镇, 云南 楚雄州) annotated before kg ran
    # on them (first run 0.769 / 0.646), then developed on (0.916 / 0.792); its lowest class is Zone (a park
    # in a list of started projects, A和B, read as a zone; a development zone written only as 经济开发区);
    # values 5/18 (figures this gold puts on a county, a town or a fund that kg hangs on the county's
    # committee, a listed project or a title; areas in 亩 and m2 not read)
    "dev21": (0.89, 0.78, 0.45, 0.25),
    # six articles (大连 金普新区, 辽阳 经济开发区, 广东 东莞, 上海 金山/浦东, 浙江 湖州 吴兴 (Traditional script),
    # 湖北 武汉) annotated before kg ran on them (first run 0.747 / 0.497, values 25/34), then developed on (0.920 /
    # 0.789); its lowest class is Project (a phase after a firm's project, 七顶山工厂二期, and the items of a signed
    # list with a quoted item and a kind before 项目 are not read)
    "dev22": (0.91, 0.78, 0.70, 0.73),
    # six articles (沈阳 苏家屯, 铁岭 昌图, 重庆 石柱, 新疆 于田, 福建 闽侯, 吉林) annotated before kg ran on them
    # (first run 0.712 / 0.481, values 20/51, 23/51 on the gold as corrected), then developed on (0.901 / 0.834,
    # values 34/51); its lowest class is Institution (本报 and a second node for 中新网, kept by design)
    "dev23": (0.89, 0.82, 0.55, 0.64),
    # six articles (大连 普兰店区, 锦州 黑山县, 科学技术部, 甘肃 陇南, 贵州 黔西南州 (Traditional script), 香港商报 on
    # 酒泉/甘南) annotated before kg ran on them (first run 0.834 / 0.679, values 37/60; 0.866 / 0.696 on the gold
    # as corrected), then developed on (0.952 / 0.832, values 46/60); its lowest class is Programme (a plan named
    # “一区多园”发展规划, a campaign 重点项目集中开工复工行动 and a quoted “民企陇上行” not read)
    "dev24": (0.94, 0.80, 0.45, 0.74),
    # five articles (营口 大石桥, 河南 汝阳, 山东 莱州, 四川 大邑, 广东 高要; a sixth, 锦州 黑山, was the same page as
    # dev24's e02 and was dropped) annotated before kg ran on them (first run 0.710 / 0.573 on the five), then
    # developed on (0.875 / 0.816, values 10/26); its lowest class is Programme (two national strategy areas the
    # text calls 规划, Programmes in this gold, read as zones)
    "dev25": (0.86, 0.79, 0.3, 0.35),
    # six articles (鞍山 台安 (Traditional script), 沈抚示范区, 江苏 射阳, 贵州 黄平, 江西 弋阳, 黑龙江 北林) annotated
    # before kg ran on them (first run 0.732 / 0.480, values 6/26; 0.750 / 0.520, values 9/26 on the gold as
    # corrected), then developed on (0.904 / 0.769, values 11/26); its lowest class is Programme (a campaign read
    # with its zone in front, 沈抚示范区全面振兴新突破三年行动)
    "dev26": (0.89, 0.75, 0.6, 0.4),
    # six articles (沈阳 新民 (Traditional script), 丹东, 农业农村部 (Traditional script), 安徽 明光, 陕西 清涧, 海南 陵水)
    # annotated before kg ran on them (first run 0.793 / 0.486, values 26/41; 0.814 / 0.555 on the gold as
    # corrected), then developed on (0.909 / 0.779, values 38/41); its lowest classes are Institution and
    # Province (a channel's dateline glued to a photo caption above it: its region read as a place)
    "dev27": (0.89, 0.76, 0.60, 0.88),
    # six articles (朝阳 经济开发区, 抚顺, 北京 顺义, 天津 武清, 河北 景县 (Traditional script), 内蒙古 锡林郭勒盟)
    # annotated before kg ran on them (first run 0.803 / 0.483, values 13/16; 0.832 / 0.539 on the gold as
    # corrected), then developed on (0.896 / 0.827, values 13/16); its lowest classes are Project and Zone (a
    # zone's areas after its bare kind, 经济开发区服务业集聚区, and a 生产线 without 项目 not read)
    "dev28": (0.88, 0.81, 0.6, 0.8),
    # six articles (沈阳 浑南区, 沈阳 大东区 (Traditional script), 山西 襄垣, 宁夏 石嘴山, 湖北 鄂州 华容区, 广西 兴业)
    # annotated before kg ran on them (first run 0.767 / 0.617, values 23/33; 0.763 / 0.617 on the gold as
    # corrected), then developed on (0.839 / 0.683, values 24/33); its lowest class is Zone (a zone read from the
    # names of its 党工委 and 管委会, parks read inside projects' names)
    "dev29": (0.82, 0.66, 0.2, 0.70),
}
MONEY_PRECISION = 0.95  # money reading precision (valscore.py), on every set


@pytest.mark.parametrize("name", list(FLOORS))
def test_quality_floor(name):
    sc, vs = score_all(*SETS[name])
    ent_f1 = sc.entities.micro[2]
    rel_f1 = sc.relations.micro[2]
    e_floor, r_floor, class_floor, v_floor = FLOORS[name]
    assert ent_f1 >= e_floor, f"{name}: entity F1 {ent_f1:.3f} < {e_floor}"
    assert rel_f1 >= r_floor, f"{name}: relation F1 {rel_f1:.3f} < {r_floor}"
    worst = min(sc.entities.rows(), key=lambda row: row[3])
    assert worst[3] >= class_floor, f"{name}: class {worst[0]} F1 {worst[3]:.2f} < {class_floor}"
    c = vs.counts
    assert c["strict"] / c["gold"] >= v_floor, (
        f"{name}: value strict recall {c['strict']}/{c['gold']} < {v_floor}"
    )
    assert c["money_read_ok"] / c["money_readable"] >= MONEY_PRECISION, dict(c)


# ../shared/dev (24 articles from all over China): floors per entity class, per relation type with at
# least 5 gold instances, and on values (strict recall as valscore.py, money reading precision).
DEV_FLOORS = {"entities": 0.90, "relations": 0.78, "class": 0.70, "relation_type": 0.55, "article": 0.70}
DEV_VALUES = {"strict": 0.66, "money_precision": 0.95}


@pytest.fixture(scope="module")
def dev_scores():
    gold, docs, publisher = SETS["dev"]
    assert gold.is_dir(), f"{gold}: the development set (../shared/dev) is missing"
    return score_docs(gold, docs, publisher)


def test_dev_set_micro_floors(dev_scores):
    sc, _, _ = dev_scores
    assert sc.entities.micro[2] >= DEV_FLOORS["entities"], sc.entities.micro
    assert sc.relations.micro[2] >= DEV_FLOORS["relations"], sc.relations.micro


def test_dev_set_every_class_and_relation_type(dev_scores):
    sc, _, _ = dev_scores
    low = [(r[0], round(r[3], 2)) for r in sc.entities.rows() if r[3] < DEV_FLOORS["class"]]
    assert not low, f"entity classes below {DEV_FLOORS['class']}: {low}"
    low = [
        (r[0], round(r[3], 2))
        for r in sc.relations.rows()
        if r[4] + r[6] >= 5 and r[3] < DEV_FLOORS["relation_type"]
    ]
    assert not low, f"relation types (>= 5 gold) below {DEV_FLOORS['relation_type']}: {low}"


def test_dev_set_values(dev_scores):
    _, vs, _ = dev_scores
    c = vs.counts
    assert c["strict"] / c["gold"] >= DEV_VALUES["strict"], (c["strict"], c["gold"])
    assert c["money_read_ok"] / c["money_readable"] >= DEV_VALUES["money_precision"], dict(c)


def test_dev_set_no_article_below_the_floor(dev_scores):
    _, _, each = dev_scores
    low = {name: round(sc.entities.micro[2], 2) for name, sc in each.items()}
    low = {name: f1 for name, f1 in low.items() if f1 < DEV_FLOORS["article"]}
    assert not low, f"articles with entity F1 below {DEV_FLOORS['article']}: {low}"
