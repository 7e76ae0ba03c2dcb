"""Rules added from the eleventh development set (tests/dev11): case tables of invented sentences (none
copied from an annotated article)."""

from __future__ import annotations

import pytest
from cases import names_of as _names
from cases import relations_of as _relations


@pytest.mark.parametrize(
    "text, name, types",
    [
        # an occasion's quoted theme of two halves, with quoted characters in it, opens its name
        (
            "由江城市商务局主办的“相约新‘江’湖,共绘‘城’未来”投资推介会在江城市举行。",
            "“相约新‘江’湖,共绘‘城’未来”投资推介会",
            ("Event",),
        ),
        # 部署会 (动员部署会, 工作部署会) is a meeting
        ("3月2日,江城县召开“项目建设提速年”动员部署会。", "“项目建设提速年”动员部署会", ("Event",)),
        # 自…以来 frames a time: the occasion's name starts after 自 (从…以后 alike)
        ("自首届徽商大会召开以来,江城县签约项目20个。", "首届徽商大会", ("Event",)),
        ("从第三届农博会以后,江城县名气渐响。", "第三届农博会", ("Event",)),
        # financial regulators by their short forms, former names included
        ("财政部、银保监会联合印发通知。", "中国银行保险监督管理委员会", ("GovernmentBody",)),
        ("银监会和保监会合并组建新机构。", "中国保险监督管理委员会", ("GovernmentBody",)),
        # a national federation by its full name, a 与 or 和 inside it
        ("商务部、中国物流与采购联合会等单位组织评审。", "中国物流与采购联合会", ("Institution",)),
        ("中国石油和化学工业联合会会长出席会议。", "中国石油和化学工业联合会", ("Institution",)),
        # after a title, a surname that is also a conjunction still opens a name before a given name
        ("企业代表和晓东发言。", "和晓东", ("Person", "Official")),
        # the reporters bracketed after an agency's dateline (…日电) are persons
        ("中新网 江城5月6日电 (李明远 王佳)5月6日,推介会在江城县举行。", "李明远", ("Person",)),
        # a notice's attached list names the title it gives (附件:1.X名单, …名单.xlsx2.Y名单)
        (
            "附件:1.2023年全国绿色制造示范企业名单.xlsx2.2023年全国绿色制造示范城市名单.xlsx",
            "全国绿色制造示范城市",
            ("Designation",),
        ),
        ("附件:1.2023年全国绿色制造示范企业名单", "全国绿色制造示范企业", ("Designation",)),
        # public works of a named zone or place (…片区供水工程) are built works, a project
        ("江城经济开发区东区供水工程正紧张施工。", "江城经济开发区东区供水工程", ("Project",)),
        # a power station with its capacity is a project
        ("沈北新区200MW/400MWh共享储能电站开工建设。", "沈北新区200MW/400MWh共享储能电站", ("Project",)),
        # 之 joins the halves of a coined project name (科创之门项目)
        ("东湖科创之门项目奠基。", "东湖科创之门项目", ("Project",)),
        # a field-named body after two places is the second place's (江津区…中心), written with the first
        ("重庆江津投资服务中心在会上揭牌。", "江津区投资服务中心", ("GovernmentBody",)),
        # the one example named before 等N个…项目 in a sentence about projects launched is a project
        (
            "本次集中开工项目30个,其中东湖科创城等12个产业项目,总投资80亿元;江城实验中学等8个民生项目。",
            "江城实验中学",
            ("Project",),
        ),
        # with no event named at all, a collective launch that officials attend is the occasion
        (
            "今天上午,浦东新区一批重大项目集中启动。区委书记李明远等领导出席见证。",
            "浦东新区一批重大项目集中启动",
            ("Event",),
        ),
        # what a body carries out (实施) that builds nothing physical is a campaign
        ("江城县深入实施果蔬进城工程,农民增收明显。", "果蔬进城工程", ("Programme",)),
        # a quoted measure a body introduces, closed by 等…举措
        ("江城县推行“交地即发证”等创新举措。", "交地即发证", ("Programme",)),
        # a zone before a firm's own name is where the firm is: the zone stays
        ("彰武工业园区长丰米业有限公司项目开工。", "彰武工业园区", ("Zone",)),
    ],
)
def test_dev11_entity_rules(text, name, types):
    assert _names(text).get(name) in types


@pytest.mark.parametrize(
    "text, name, not_types",
    [
        # 和 before a common noun (园区) is the conjunction, no surname of a person 和园
        ("两家公司分别作为企业代表和园区管理平台代表发言。", "和园", ("Person", "Official")),
        # (a place that starts with 自 keeps it: 自贡)
        ("自贡灯会开幕以后,游客增多。", "贡灯会", ("Event",)),
        # the short form alone is not the association cut at 与
        ("中国物流与采购联合会发布报告。", "采购联合会", ("Institution",)),
        # a quantity with a unit of length or area before 园区 makes a clause, no zone
        ("同步铺设12公里原水管线、32公里园区配水管网。", "32公里园区", ("Zone",)),
        # a modal verb opens a clause, no zone's name
        ("建成后还能靠环形管网保障化工园区不间断供水。", "能靠环形管网保障化工园区", ("Zone",)),
        # a zone inside the name of the firm that develops or runs it is no zone of the article
        ("江城金发园区开发管理有限公司代表发言。", "江城金发园区", ("Zone",)),
        # a batch or a period's share of projects is no project
        ("江城县2025年第三批项目集中签约仪式举行。", "江城县2025年第三批项目", ("Project",)),
        ("确保一季度新建项目全部开工。", "一季度新建项目", ("Project",)),
        # …not the first place's body with the second place inside its name
        ("重庆江津投资服务中心在会上揭牌。", "重庆市江津投资服务中心", ("GovernmentBody",)),
        # …but where an occasion is named, the collective act is only what happens at it
        (
            "江城县举行项目集中开工仪式,26个重大项目集中开工。县委书记李明远出席。",
            "26个重大项目集中开工",
            ("Event",),
        ),
        # a kind of industry before 等N个项目 is no project
        ("今年开工项目50个,其中制造业等25个项目。", "制造业", ("Project",)),
        # carrying out physical works stays a construction matter, no campaign
        ("江城县实施污水管网改造工程。", "污水管网改造工程", ("Programme",)),
        # a power station without a capacity is not taken for a project
        ("青石电站发电正常。", "青石电站", ("Project",)),
        # public works without a named place stay a campaign or a kind
        ("全县实施民生供水工程。", "民生供水工程", ("Project",)),
        # 全国各地的… is people from everywhere, no national title
        ("来自全国各地的企业代表及招商大使齐聚一堂。", "全国各地的企业代表及招商大使", ("Designation",)),
        # the kind a list shares after 等 is no zone's name
        ("新材料产业园、航空航天等特色主题产业园形成规模。", "特色主题产业园", ("Zone",)),
        # an indefinite plant to be built (一座…的X厂) is no firm
        ("项目将新建一座日处理5万方的净水厂。", "净水厂", ("Company",)),
        # a quoted figure of speech after a demonstrative and a description names no project
        ("这个总投资近3亿元的“水脉”项目进展顺利。", "“水脉”项目", ("Project",)),
    ],
)
def test_dev11_non_names(text, name, not_types):
    assert _names(text).get(name) not in not_types


@pytest.mark.parametrize(
    "text, triple",
    [
        # a body written after its place's parent (天津市X区人民政府) has that written form as a name
        (
            "4月8日,由天津市和平区人民政府主办的招商推介会在和平区举行。",
            ("天津市和平区人民政府", "organizes", "招商推介会"),
        ),
        # the organisers named before a quoted theme organise the occasion
        (
            "由芜湖市商务局主办的“相约新‘江’湖,共绘‘城’未来”投资推介会在芜湖市举行。",
            ("芜湖市商务局", "organizes", "“相约新‘江’湖,共绘‘城’未来”投资推介会"),
        ),
        # reporters bracketed after an agency's dateline work for the agency
        ("中新网 江城5月6日电 (李明远 王佳)5月6日,推介会在江城县举行。", ("李明远", "worksFor", "中新网")),
        # firms speaking as representatives take part in the occasion reported before
        (
            "11月2日,江城县第三批项目集中开工仪式举行。南方能源开发有限公司、北辰科技有限公司分别作为企业代表和"
            "园区平台代表发言。",
            ("北辰科技有限公司", "participatesIn", "江城县第三批项目集中开工仪式"),
        ),
        # bodies that decide (确定) or make public (公示) a list of titles award the titles listed
        (
            "商务部、农业农村部等单位组织评审,确定了20个示范城市,现将名单予以公示,附件:1.2023年全国冷链物流示范城市名单",
            ("农业农村部", "awards", "全国冷链物流示范城市"),
        ),
        # after a short opening adverbial the subject acts through the sentence's chain of clauses
        (
            "近年来,芜湖市鸠江区不断优化营商环境,加大招商力度,出台一系列配套政策,推行“交地即发证”等创新举措。",
            ("鸠江区", "implements", "交地即发证"),
        ),
        # officials attending the collective launch take part in it
        (
            "今天上午,浦东新区一批重大项目集中启动。区委书记李明远,区委副书记王强等领导共同出席见证。",
            ("王强", "participatesIn", "浦东新区一批重大项目集中启动"),
        ),
        # a speaker at the scene of an occasion just named takes part in it
        (
            "4月8日,招商推介会在芜湖市举行。推介会现场,芜湖市委常委王立新表示,芜湖具有区位优势。",
            ("王立新", "participatesIn", "招商推介会"),
        ),
    ],
)
def test_dev11_relation_rules(text, triple):
    assert triple in _relations(text)
