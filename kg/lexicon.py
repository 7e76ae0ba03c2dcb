"""General knowledge of how Chinese news names things: surnames, titles, organisation heads.

Nothing here is copied from an article: these are closed lists of the language and the state
(common surnames, official titles, the State Council's ministries and commissions).
"""

from __future__ import annotations

import functools
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parent / "data" / "lexicon"


@functools.cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of data/lexicon/NAME.txt in file order: one a line, a TAB starts a note, # a comment."""
    out = []
    for line in (LEXICON_DIR / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        entry = line.split("\t", 1)[0].strip()
        if entry and not entry.startswith("#"):
            out.append(entry)
    return tuple(out)


@functools.cache
def notes(name: str) -> dict[str, str]:
    """The notes of data/lexicon/NAME.txt by entry (entries without a note are left out)."""
    out = {}
    for line in (LEXICON_DIR / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        if "\t" in line and not line.startswith("#"):
            entry, note = line.split("\t", 1)
            if entry.strip():
                out[entry.strip()] = note.strip()
    return out


# Single-character surnames (the ranking's common ones and 百家姓), compound ones, and the 百家姓 surnames
# whose character is also an everyday word: those are taken only after a title or in a list of officials.
SURNAMES_1 = frozenset(entries("surnames_single"))
SURNAMES_2 = frozenset(entries("surnames_compound"))
SURNAMES_RARE = frozenset(entries("surnames_rare"))

# Titles that introduce or follow a person's name, longest first (regex alternation takes the first).
PUBLIC_TITLES = frozenset(entries("titles_public"))
OTHER_TITLES = frozenset(entries("titles_other"))
TITLES = sorted(PUBLIC_TITLES | OTHER_TITLES, key=lambda t: (-len(t), t))

# Words that end a name (verbs of officials, honorifics, function words) and cues of lists of officials.
NAME_FOLLOWERS = frozenset(entries("name_followers"))
LEADER_CUES = tuple(sorted(entries("leader_cues"), key=lambda t: (-len(t), t)))

# Central party and state organs by name (the State Council's list of its organs, not article names).
CENTRAL_BODIES = frozenset(entries("central_bodies"))
# national bodies known by a short form alone (兵团 -> 新疆生产建设兵团): short form -> full name
NATIONAL_SHORT = dict(notes("national_short_names"))

# Fields that form 市X局 / 省X厅 names, longest first, and the full field of each short form (发改 -> 发展和改革).
BUREAU_CORES = sorted(entries("bureau_cores"), key=lambda t: (-len(t), t))
BUREAU_FULL = {k: v for k, v in notes("bureau_cores").items() if "\u4e00" <= v[:1] <= "\u9fff"}
PARTY_ORGANS = tuple(sorted(entries("party_organs"), key=lambda t: (-len(t), t)))

COMPANY_SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "集团有限公司", "集团", "公司", "工厂", "厂")
INSTITUTION_HEADS = (
    "技师学院",
    "职业技术学院",
    "学院",
    "大学",
    "研究院",
    "设计院",
    "研究所",
    "科学院",
    "协会",
    "学会",
    "商会",
    "联合会",
    "基金会",
    "医院",
    "中学",
    "小学",
    "学校",
    "日报",
    "晚报",
    "报社",
    "电视台",
    "广播电视台",
)
ZONE_HEADS = (
    "经济技术开发区",
    "高新技术产业开发区",
    "经济开发区",
    "高新区",
    "开发区",
    "工业园区",
    "产业园区",
    "新区",
    "新城",
    "园区",
    "产业园",
    "工业园",
    "陆港",
    "口岸",
    "风景区",
    "风景名胜区",
    "景区",
    "保税区",
    "自贸区",
    "物流中心",
    "物流园",
    "试验区",
    "合作区",
    "港区",
    "化工区",
    "片区",
    "综合保税区",
    "保税港区",
    "工业集中区",
)
EVENT_HEADS = (
    "全体会议",
    "常委会会议",
    "工作会议",
    "动员大会",
    "推进会",
    "现场会",
    "座谈会",
    "洽谈会",
    "推介会",
    "发布会",
    "新闻发布会",
    "博览会",
    "展览会",
    "交易会",
    "招商会",
    "对接会",
    "签约仪式",
    "开工仪式",
    "仪式",
    "论坛",
    "峰会",
    "大会",
    "会议",
    "食品节",
    "文化节",
    "旅游节",
    "艺术节",
    "节庆",
    "运动会",
    "马拉松",
    "年会",
)
PROGRAMME_HEADS = (
    "专项行动",
    "攻坚行动",
    "三年行动",
    "行动计划",
    "行动",
    "工程",
    "计划",
    "战略",
    "政策",
    "补贴",
    "机制",
    "活动",
    "方案",
    "工作方案",
    "实施方案",
    "改革",
    "措施",
    "政策措施",
    "项目",
)
PROJECT_HEADS = ("工程项目", "项目", "工程", "生产线", "牧场", "基地")
DESIGNATION_HEADS = (
    "示范区",
    "先行区",
    "示范平台",
    "示范基地",
    "示范县",
    "示范村",
    "小巨人企业",
    "小巨人",
    "中小企业",
    "旅游景区",
    "先进集体",
    "先进个人",
    "建设县",
    "示范企业",
    "龙头企业",
    "名镇",
    "名村",
    "特色小镇",
    "百强县",
    "强县",
    "绿色工厂",
    "智能工厂",
    "示范工厂",
    "数字化车间",
    "标杆企业",
    "单项冠军",
    "单项冠军企业",
    "瞪羚企业",
    "雏鹰企业",
    "高新技术企业",
    "科技型中小企业",
    "示范村镇",
    "示范村",
    "示范镇",
    "示范乡镇",
    "重点企业",
    "特色村",
    "美丽乡村",
    "宜居村",
    "强镇",
    "试点县",
    "试点市",
    "试点镇",
    "试点村",
    "示范市",
    "小巨人”企业",
    "文明城市",
    "文明单位",
    "文明村镇",
    "卫生城市",
    "卫生县城",
    "森林城市",
    "园林城市",
    "传统村落",
    "旅游度假区",
    "产业集群",
    "先进单位",
    "先进企业",
    "优秀企业",
    "标杆",
    "示范项目",
    "示范单位",
    "示范园区",
    "示范街区",
    "特色产业园",
    "现代农业产业园",
    "农业产业园",
    "品牌",
    "老字号",
    "五星级",
    "名牌",
    "百强企业",
    "试点",
    "示范点",
    "创新中心",
    "技术中心",
    "重点实验室",
    "工程技术研究中心",
    "孵化器",
    "众创空间",
)
