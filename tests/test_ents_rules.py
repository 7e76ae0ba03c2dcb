"""Entity rules for projects, programmes, events and government bodies (branch ents): case tables of
invented sentences (none copied from an annotated article)."""

from __future__ import annotations

import pytest
from cases import names_of as _names


@pytest.mark.parametrize(
    "text, name, types",
    [
        # a 工程 that builds a road, a plant, a pipe network or a station is a construction project,
        # numbered or not (infrastructure_heads, facility_heads)
        ("本报讯 投资5亿元的开原市污水处理厂扩建工程已完工。", "开原市污水处理厂扩建工程", ("Project",)),
        ("本报讯 开原至西丰高速公路工程全面开工。", "开原至西丰高速公路工程", ("Project",)),
        ("本报讯 开原市城区供热管网改造工程已完工。", "开原市城区供热管网改造工程", ("Project",)),
        # a 工程 that makes a county strong, multiplies an industry or reaches a thousand firms is a campaign
        ("本报讯 开原市深入实施产业强县工程。", "产业强县工程", ("Programme",)),
        ("本报讯 开原市大力实施千企技改工程。", "千企技改工程", ("Programme",)),
        # the committee that runs a named fair is a body
        (
            "本报讯 第五届中国（铁岭）农产品博览会组委会发布消息。",
            "第五届中国（铁岭）农产品博览会组委会",
            ("GovernmentBody",),
        ),
        ("本报讯 本届兰洽会组委会表示，展会将延期。", "兰洽会组委会", ("GovernmentBody",)),
        # the State Council's press office, by its full and its short name
        ("本报讯 国务院新闻办公室举行发布会。", "国务院新闻办公室", ("GovernmentBody",)),
        # China and its partner joined by a dash name one fair
        ("本报讯 开原市组织企业参加第二十届中国—东盟博览会。", "第二十届中国—东盟博览会", ("Event",)),
        ("本报讯 9月，中国-东北亚博览会在长春开幕。", "中国-东北亚博览会", ("Event",)),
        # a chief system is named by what its chiefs look after, after how a place carries it out
        ("本报讯 开原市全面落实河长制、林长制。", "河长制", ("Programme",)),
        ("本报讯 开原市全面推行林长制。", "林长制", ("Programme",)),
        # a quoted name, its field and a campaign head after 创建 are one programme
        (
            "本报讯 开原市实施“百县千乡万村”乡村振兴示范创建工程。",
            "“百县千乡万村”乡村振兴示范创建工程",
            ("Programme",),
        ),
        # a verb that names a field after what is made (装备制造) stays inside a project's name
        (
            "本报讯 开原市与北京中科集团签约建设新能源装备制造产业园项目。",
            "新能源装备制造产业园项目",
            ("Project",),
        ),
        # 进行 is the verb of a counted clause before an occasion
        ("本报讯 江城市又有8个招商项目进行集中开工仪式。", "集中开工仪式", ("Event",)),
        # central bodies by the short names they use themselves
        ("本报讯 国家药监局、国家医保局有关负责人出席。", "国家药品监督管理局", ("GovernmentBody",)),
        # a grade of projects before a project's own name is no part of it
        ("本报讯 国家重点水利项目淮河入海水道二期工程开工。", "淮河入海水道二期工程", ("Project",)),
        # a vertically managed organ's local branch and a police station are one body each
        ("本报讯 国家税务总局开原市税务局负责人参加。", "国家税务总局开原市税务局", ("GovernmentBody",)),
        ("本报讯 中国人民银行铁岭市分行开展宣传。", "中国人民银行铁岭市分行", ("GovernmentBody",)),
        ("本报讯 开原市公安局城东派出所民警走访群众。", "开原市公安局城东派出所", ("GovernmentBody",)),
        # the central fund for rural revitalisation keeps the verb of its purpose in its name
        (
            "本报讯 这个项目还获得中央财政衔接推进乡村振兴补助资金1200万元。",
            "中央财政衔接推进乡村振兴补助资金",
            ("Programme",),
        ),
        ("本报讯 西丰县文旅广电局负责人参加。", "西丰县文旅广电局", ("GovernmentBody",)),
        # Xinjiang's autonomous prefectures call their party committee 州党委
        (
            "本报讯 新疆维吾尔自治区党委召开会议。伊犁州党委负责人参加。",
            "中共伊犁哈萨克自治州委员会",
            ("GovernmentBody",),
        ),
        # a city bureau's branch in a county
        ("本报讯 铁岭市生态环境局开原分局开展执法检查。", "铁岭市生态环境局开原分局", ("GovernmentBody",)),
        # items of a signing list whose count stands before 项目
        ("本报讯 现场签约了华润燃气热电联产、恒达光伏发电等8个项目。", "恒达光伏发电", ("Project",)),
        ("本报讯 开原市举办专场招聘会。", "专场招聘会", ("Event",)),
        # a policy document by its title's ending (若干政策, 实施细则)
        (
            "本报讯 开原市出台《开原市支持民营经济发展的若干政策》。",
            "开原市支持民营经济发展的若干政策",
            ("Programme",),
        ),
        (
            "本报讯 开原市印发《开原市招商引资奖励办法实施细则》。",
            "开原市招商引资奖励办法实施细则",
            ("Programme",),
        ),
        # a fair's short name after a determiner (本届兰洽会)
        ("本报讯 本届兰洽会签约项目120个。", "兰洽会", ("Event",)),
        # a government's press office
        (
            "本报讯 辽宁省召开会议。省政府新闻办召开新闻发布会。",
            "辽宁省人民政府新闻办公室",
            ("GovernmentBody",),
        ),
        # merged county departments by their short forms
        ("本报讯 衡东县领导和县政府办、县商粮局、县规划局等部门参加。", "衡东县商粮局", ("GovernmentBody",)),
        ("本报讯 开原市科工信局、市资规局负责人参加。", "开原市自然资源和规划局", ("GovernmentBody",)),
        # a government's office stationed in another place is one body
        ("本报讯 哈尔滨市政府驻上海办事处副主任赵平出席。", "哈尔滨市政府驻上海办事处", ("GovernmentBody",)),
        ("本报讯 江西省人民政府驻北京办事处主任出席。", "江西省人民政府驻北京办事处", ("GovernmentBody",)),
        # a contest and its award ceremony are dated occasions
        ("本报讯 开原市举办文创产品设计大赛颁奖典礼。", "文创产品设计大赛颁奖典礼", ("Event",)),
    ],
)
def test_ents_entity_rules(text, name, types):
    assert _names(text).get(name) in types


@pytest.mark.parametrize(
    "text, name, not_types",
    [
        # a 工程 that builds roads or plants is no campaign
        ("本报讯 沈阳至白山高速铁路建设工程全面开工。", "沈阳至白山高速铁路建设工程", ("Programme",)),
        # …and a campaign's 工程 counted in firms is no capacity
        ("本报讯 开原市大力实施千企技改工程。", "千企技改工程", ("Project",)),
        # a committee of an unnamed fair says nothing of which fair
        ("本报讯 博览会执委会表示，展会将延期。", "博览会执委会", ("GovernmentBody",)),
        # two stop words joined into one idiom by the segmenter (积极争取) end a name
        ("本报讯 开原市积极争取中央预算内投资项目。", "开原市积极争取中央预算内投资项目", ("Project",)),
        # projects named by how they are financed or by a campaign are classes of projects
        ("本报讯 开原市积极争取中央预算内投资项目。", "中央预算内投资项目", ("Project",)),
        ("本报讯 开原市谋划专项债券项目30个。", "专项债券项目", ("Project",)),
        ("本报讯 开原市实施了城市更新项目。", "城市更新项目", ("Project",)),
        # a place and its verb before a quoted reform are no part of the reform's name
        ("本报讯 开原市深化“证照分离”改革。", "开原市深化“证照分离”改革", ("Programme",)),
        ("本报讯 开原市全面推行林长制。", "开原市全面推行林长制", ("Programme",)),
        # what a place is or becomes, ranked in a region, is a description, not a project
        ("本报讯 凌源市是全国重要的鲜切花生产基地。", "鲜切花生产基地", ("Project",)),
        ("本报讯 项目建成后将成为东北地区规模最大的注射剂生产基地。", "注射剂生产基地", ("Project",)),
        (
            "本报讯 国家重点水利项目淮河入海水道二期工程开工。",
            "国家重点水利项目淮河入海水道二期工程",
            ("Project",),
        ),
        # counted, graded or joined projects are no single undertaking's name
        ("本报讯 开原市今年确定的十件民生实事项目全部完成。", "十件民生实事项目", ("Project",)),
        ("本报讯 开原市申报的国家级农业产业强镇项目获批。", "国家级农业产业强镇项目", ("Project",)),
        ("本报讯 开原市重点推进文化旅游项目和康养项目建设。", "文化旅游项目和康养项目", ("Project",)),
        ("本报讯 开原市为民办实事项目有序推进。", "为民办实事项目", ("Project",)),
        # a funding verb inside a would-be name ends it (给予补贴 is what is done, not a scheme)
        ("本报讯 对企业技术改造给予补贴。", "技术改造给予补贴", ("Programme",)),
        # a body, an adverb or an idiom ending in a verb is a clause, no project's name
        ("本报讯 西丰县召开会议。县委县政府高度重视项目建设。", "县委县政府高度重视项目", ("Project",)),
        # projects counted under national programmes are classes; so are fields in a signing list
        ("本报讯 开原市实施易地扶贫搬迁项目和光伏扶贫项目。", "光伏扶贫项目", ("Project",)),
        ("本报讯 开原市农村人居环境整治项目顺利推进。", "农村人居环境整治项目", ("Project",)),
        # the place inside a stationed office's name is no body of its own (上海 + 办)
        ("本报讯 哈尔滨市政府驻上海办事处副主任赵平出席。", "上海办", ("GovernmentBody",)),
    ],
)
def test_ents_non_names(text, name, not_types):
    assert _names(text).get(name) not in not_types
