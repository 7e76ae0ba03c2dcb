"""Relation-recall rules (participatesIn, locatedIn, implements, investsIn, partOf): case tables of
invented sentences, none copied from an annotated article."""

from __future__ import annotations

import pytest
from cases import relations_of as _relations

from kg.extract import extract
from kg.ingest import make_document


@pytest.mark.parametrize(
    "text, triple",
    [
        # a person written right before 在会上, whatever the verb after it, takes part in the meeting
        (
            "江城市召开全市工业经济推进会。副市长王建国在会上为获奖企业颁发证书。",
            ("王建国", "participatesIn", "全市工业经济推进会"),
        ),
        (
            "江城市召开全市工业经济推进会。江城市商务局局长李明在推进会上通报了招商情况。",
            ("李明", "participatesIn", "全市工业经济推进会"),
        ),
        # the signing or start cue two sentences back in the paragraph: a breakdown of the counted
        # projects by kind, clause by clause
        (
            "江城市举行重大项目集中开工仪式。此次集中开工项目30个,总投资120亿元;产业项目20项,"
            "主要有东山新材料产业园项目等;基础设施项目10项,主要包括南湖大桥项目、北关水库工程等。",
            ("北关水库工程", "participatesIn", "重大项目集中开工仪式"),
        ),
        # a cadre sent down takes part in the programme that sends cadres (by its sentence, or its name)
        (
            "今年,江城市委组织部启动“强村富民”行动,选派500名干部到村任职。"
            "江城市交通局选派干部张卫东到北山村任职,帮助村里发展果业。",
            ("张卫东", "participatesIn", "“强村富民”行动"),
        ),
        (
            "江城市深入实施“驻村干部带头人”工程。江城市水利局派驻南岭村的第一书记李春明,带领村民修建水渠。",
            ("李春明", "participatesIn", "“驻村干部带头人”工程"),
        ),
        # an inspection in a county, then firms and projects seen one after another: they are there
        (
            "5月10日,副省长王建国深入新民市检查指导复工复产工作。"
            "王建国一行先后来到东方红纺织有限公司、北山风电项目,详细了解生产情况。",
            ("北山风电项目", "locatedIn", "新民市"),
        ),
        (
            "5月10日,副省长王建国深入新民市检查指导复工复产工作。"
            "王建国一行先后来到东方红纺织有限公司、北山风电项目,详细了解生产情况。",
            ("东方红纺织有限公司", "locatedIn", "新民市"),
        ),
        # a place adverbial after a short lead-in of time locates the project that follows
        (
            "4月18日,在新民市,东方红纺织有限公司投资3亿元建设的年产5万吨纺纱项目正式开工。",
            ("年产5万吨纺纱项目", "locatedIn", "新民市"),
        ),
        # a firm named after a municipality, in news from elsewhere, is in that municipality
        (
            "新民市草莓远销上海、北京等地。新民市与上海绿源果品有限公司签订了年供5000吨草莓的合作协议。",
            ("上海绿源果品有限公司", "locatedIn", "上海市"),
        ),
        # a storage project named by its power and energy (100兆瓦/200兆瓦时): the slash is in its name
        (
            "新民东方储能科技有限公司投资9亿元建设的100兆瓦/200兆瓦时独立储能电站项目并网运行。",
            ("新民东方储能科技有限公司", "investsIn", "100兆瓦/200兆瓦时独立储能电站项目"),
        ),
        # 在X县Y镇建设P项目: the verb after the town opens the project's clause, it is no part of the name
        (
            "东方新能源科技有限公司计划投资21亿元在新民市大民屯镇建设风光制氢一体化项目。",
            ("风光制氢一体化项目", "locatedIn", "大民屯镇"),
        ),
        (
            "东方新能源科技有限公司计划投资21亿元在新民市大民屯镇建设风光制氢一体化项目。",
            ("东方新能源科技有限公司", "investsIn", "风光制氢一体化项目"),
        ),
        # bodies that give a report-back speech (交流发言), as a pledge (表态发言), take part
        (
            "新民市召开全市项目建设推进会。会上,新民市发展和改革局、新民市商务局作交流发言。",
            ("新民市发展和改革局", "participatesIn", "全市项目建设推进会"),
        ),
        # a zone named after the zone it lies in (X开发区Y产业园) is in it
        (
            "新民经济开发区规划建设了新民经济开发区精细化工产业园,园区内已有12家企业投产。",
            ("新民经济开发区精细化工产业园", "locatedIn", "新民经济开发区"),
        ),
        # 企业/公司 standing for the firm the passage is about invests in what it builds
        (
            "新民东方纺织有限公司获评省级专精特新企业,公司董事长王立新说,"
            "企业投资2.6亿元建设的年产5万吨纺纱项目已完成设备调试。",
            ("新民东方纺织有限公司", "investsIn", "年产5万吨纺纱项目"),
        ),
        # a firm, a comma, then the amount and the project: the firm invests in it
        (
            "在位于新民经济开发区的新民东方冷链物流有限公司,总投资3.8亿元的新民国际冷链物流园项目一期已经建成。",
            ("新民东方冷链物流有限公司", "investsIn", "新民国际冷链物流园项目"),
        ),
        # the sentence after a count of started projects picks one out with 其中: it takes part
        (
            "新民市举行2024年重点项目集中开工仪式。此次集中开工项目22个,总投资96.3亿元。"
            "其中,新民东方药业有限公司投资6.5亿元建设的年产3000吨中药饮片项目落户大民屯镇。",
            ("年产3000吨中药饮片项目", "participatesIn", "2024年重点项目集中开工仪式"),
        ),
        # the head nouns of national award schemes (旅游休闲街区, 乡村旅游重点村, 美丽休闲乡村) make a title
        (
            "8月2日,文化和旅游部公布第三批国家级旅游休闲街区名单,新民市中街步行街榜上有名。",
            ("文化和旅游部", "awards", "国家级旅游休闲街区"),
        ),
        (
            "去年12月,文化和旅游部公布第五批全国乡村旅游重点村名单,新民市大民屯镇方巾牛村榜上有名。",
            ("文化和旅游部", "awards", "全国乡村旅游重点村"),
        ),
    ],
)
def test_relation_found(text, triple):
    assert triple in _relations(text)


@pytest.mark.parametrize(
    "text, triple",
    [
        # without a verb of speech the person must be the one right before 在…上
        (
            "江城市召开全市工业经济推进会。王建国说,企业在会上拿到了证书。",
            ("王建国", "participatesIn", "全市工业经济推进会"),
        ),
        # no programme that sends cadres: a first secretary alone joins none
        (
            "江城市深入实施“百企帮百村”工程。南岭村第一书记李春明带领村民修建水渠。",
            ("李春明", "participatesIn", "“百企帮百村”工程"),
        ),
        # a visit sentence that names its own place is not placed by the inspection's county
        (
            "副省长王建国在新民市调研。在大民屯镇,王建国实地察看了东方红纺织有限公司。",
            ("东方红纺织有限公司", "locatedIn", "新民市"),
        ),
        # …in the municipality's own news it is in some district of it, not "in Shanghai"
        (
            "上海市青浦区举行蔬菜产销对接会。上海绿源果品有限公司与青浦区多家合作社签订协议,"
            "产品供应上海各大超市。上海市青浦区将继续支持企业。",
            ("上海绿源果品有限公司", "locatedIn", "上海市"),
        ),
    ],
)
def test_relation_not_found(text, triple):
    assert triple not in _relations(text)


def test_no_place_adverbial_after_a_speaker():
    # a place adverbial after a speaker's name (王建国表示,在X,…) does not locate what follows (in an
    # article about that county the county default of kg/relations/rels2.py may still place it there)
    ctx = extract(
        make_document(
            "王建国表示,在新民市,东方红纺织有限公司投资3亿元建设的年产5万吨纺纱项目正式开工。", "case.txt"
        )
    )
    assert not [c for c in ctx.candidates if c.rule == "locatedIn.adverbial"]
