"""Rules from branch ents8: the causes of entity errors on first runs (fresh sets before their own rules) that
today's code still made on new sentences. Case tables of invented sentences (none copied from an article)."""

from __future__ import annotations

import pytest
from cases import names_of as _names


@pytest.mark.parametrize(
    "text, name, types",
    [
        # an institution's head and the post after it, which jieba joins into one word (协会会长, 商会会长)
        ("鞍山市召开会议。鞍山市机械协会会长王刚出席。", "鞍山市机械协会", ("Institution",)),
        ("鞍山市召开会议。鞍山市浙江商会会长王刚出席。", "鞍山市浙江商会", ("Institution",)),
        ("本溪市召开会议。本溪市物流行业协会会长张伟致辞。", "本溪市物流行业协会", ("Institution",)),
        # merged culture, tourism and broadcasting bureaus, by the names counties give them
        (
            "台安县召开会议。台安县文化旅游和广播电视局负责人参加。",
            "台安县文化旅游和广播电视局",
            ("GovernmentBody",),
        ),
        ("台安县召开会议。县文化旅游广播电视局负责人参加。", "台安县文化旅游广播电视局", ("GovernmentBody",)),
        ("台安县召开会议。县广播电视局负责人参加。", "台安县广播电视局", ("GovernmentBody",)),
        ("台安县召开会议。县文化体育和旅游局负责人参加。", "台安县文化体育和旅游局", ("GovernmentBody",)),
        # a county's investment-attraction office
        (
            "鞍山市召开会议。市招商引资服务中心介绍,全市签约项目120个。",
            "鞍山市招商引资服务中心",
            ("GovernmentBody",),
        ),
        # firms by trade word and line of business in a list that names a firm (字号 + 行业, no legal form)
        (
            "鞍山市召开会议。调研组先后调研了华丰机械厂、宏达电子、金源电缆、丰源电缆等。",
            "宏达电子",
            ("Company",),
        ),
        (
            "鞍山市召开会议。调研组先后调研了华丰机械厂、宏达电子、金源电缆、丰源电缆等。",
            "丰源电缆",
            ("Company",),
        ),
        ("铁岭市召开会议。考察团参观了北方重工集团、鑫盛乳业、天合药业。", "鑫盛乳业", ("Company",)),
        # a rare word jieba tags an adjective opens a list's first trade name (宏远 is no descriptor)
        ("鞍山市召开会议。宏远食品、华泰科技、鑫达新材料等企业代表作了发言。", "宏远食品", ("Company",)),
        # a name alone on its line under the headline (a paper's web edition) is the author
        (
            "铁岭县完善产业链引资逾20亿元\n\n孙晓明\n\n2021年03月02日09:15  来源:辽宁日报\n\n原标题:铁岭县引资",
            "孙晓明",
            ("Person", "Official"),
        ),
        (
            "江城新区项目建设提速\n刘海燕\n2022-05-01 10:20 来源:江城日报\n5月1日,新区召开会议。",
            "刘海燕",
            ("Person",),
        ),
        # a Tibetan name of two elements needs no title (there is no surname to find)
        ("易地扶贫搬迁群众扎西次仁和妻子在这里实现了就业。", "扎西次仁", ("Person",)),
        ("牧民次旺卓玛家今年收入增加了两万元。", "次旺卓玛", ("Person",)),
        # what the firm a passage is about is said to be (该公司是…, 这家企业是…): the titles it holds
        ("鞍山市召开会议。该公司是我省“双百”企业和鞍山经济开发区示范企业。", "“双百”企业", ("Designation",)),
        (
            "鞍山市召开会议。该公司是我省“双百”企业和鞍山经济开发区示范企业。",
            "鞍山经济开发区示范企业",
            ("Designation",),
        ),
        (
            "营口市召开会议。这家企业是省级农业产业化重点龙头企业。",
            "省级农业产业化重点龙头企业",
            ("Designation",),
        ),
        ("据介绍,公司是国家高新技术企业。", "国家高新技术企业", ("Designation",)),
        # parks named by their industry: science, software, start-up, manufacturing and processing parks
        ("丹东市召开会议。企业入驻北湖科技园、东湖软件园、西山创业园。", "东湖软件园", ("Zone",)),
        ("丹东市召开会议。项目位于北湖智造园。", "北湖智造园", ("Zone",)),
        ("朝阳市召开会议。北票经济开发区农产品加工园区今年投产。", "北票经济开发区农产品加工园区", ("Zone",)),
        # the article's zone written by its kind alone opens the name of a part of it
        (
            "丹东市召开会议。在合作区新区装备制造园,一批项目开工。合作区今年签约项目12个。",
            "合作区新区装备制造园",
            ("Zone",),
        ),
        ("丹东市召开会议。高新区科技园今年新入驻企业20家。", "高新区科技园", ("Zone",)),
        # the mayor of a city just named, and a vice mayor whose surname is 江, are still read
        ("湖北省召开会议。宜昌市长周建国出席会议。", "周建国", ("Official",)),
        ("湖北省召开会议。副市长江涛出席会议。", "江涛", ("Official",)),
        # a trade name (字号 + 行业) before a firm's post is the firm
        ("鞍山市召开会议。鑫盛乳业董事长王刚一行来鞍考察。", "鑫盛乳业", ("Company",)),
        ("营口市召开会议。宏达电子总经理刘洋介绍了企业情况。", "宏达电子", ("Company",)),
        ("鞍山市召开会议。北京碧源生态环境董事长李强出席。", "北京碧源生态环境", ("Company",)),
        # a list whose every item is a trade name, the last one closed by the clause's end
        ("鞍山市召开会议。王刚走访了宏达电子、鑫盛乳业。", "宏达电子", ("Company",)),
        ("鞍山市召开会议。王刚走访了宏达电子、鑫盛乳业。", "鑫盛乳业", ("Company",)),
        ("鞍山市召开会议。调研组先后调研了华丰机械厂、宏达电子、金源电缆。", "金源电缆", ("Company",)),
        # a district of the list named X新区 is written X alone, as X区 districts are
        ("辽宁省召开会议。这些企业来自上海浦东、闵行、嘉定等地。", "浦东新区", ("District",)),
        ("沈阳市召开会议。沈北、浑南、铁西三个区签约项目50个。", "沈北新区", ("District",)),
        ("江苏省召开会议。盐城市滨海县今年签约项目50个。", "滨海县", ("District",)),
        # a co-operative keeps the village or town it is registered under
        ("台安县召开会议。北湖村养殖专业合作社社员增收明显。", "北湖村养殖专业合作社", ("Company",)),
        ("台安县召开会议。北湖镇富民养殖合作社带动农户200户。", "北湖镇富民养殖合作社", ("Company",)),
        # titles gained one after another, each its own (获评A、B)
        ("该公司先后获评省级“专精特新”中小企业、国家高新技术企业。", "国家高新技术企业", ("Designation",)),
    ],
)
def test_ents8_names(text: str, name: str, types: tuple[str, ...]) -> None:
    assert _names(text).get(name) in types


@pytest.mark.parametrize(
    "text, name",
    [
        # 大学生 is still no university, 外埠/异地 say where a chamber's members come from, not which one
        ("鞍山市召开会议。北湖大学生创业园开园。", "北湖大学"),
        ("江城举行团拜会,邀请外埠商会会长、返乡企业家等80余人参加。", "外埠商会"),
        ("县里邀请异地商会会长座谈。", "异地商会"),
        # everyday descriptors before a product name a sector, not a firm (优质食品、绿色农业等企业)
        ("鞍山市召开会议。优质食品、绿色农业、智能制造等企业代表作了发言。", "优质食品"),
        ("鞍山市召开会议。新型建材、特色食品等企业快速发展。", "特色食品"),
        # a list of projects keeps its items projects, however they are named
        ("鞍山市召开会议。华丰机械厂、华信智能制造、宏图磁电等项目进展顺利。", "宏图磁电"),
        # a list without a firm in it names no firm by its line of business alone
        ("铁岭市召开会议。全市重点发展新材料、宏达电子、金源电缆等。", "宏达电子"),
        # the level word is the title's own: no second, shorter title without it
        ("据介绍,公司是国家高新技术企业。", "高新技术企业"),
        # a count of firms before 为 is no reference to one firm (its list is read elsewhere)
        (
            "经评审,确定北方机械公司等31家企业为第七批市级农业产业化重点龙头企业。",
            "第七批市级农业产业化重点龙头企业",
        ),
        # two titles joined by 、 are not one title
        (
            "该公司先后获评省级“专精特新”中小企业、国家高新技术企业。",
            "省级“专精特新”中小企业、国家高新技术企业",
        ),
        # a verb of building before a bare park head makes no name
        ("丹东市召开会议。新建科技园、改造创业园是今年的重点。", "新建科技园"),
        ("丹东市召开会议。北湖科技园项目开工。", "北湖科技园"),
        # a village's own or a body's co-operative has no name of its own
        ("台安县召开会议。北湖村党支部领办合作社,带动农户200户。", "北湖村党支部领办合作社"),
        ("台安县召开会议。北湖镇西山村村办合作社种植香菇。", "北湖镇西山村村办合作社"),
        # an occasion joined by 暨 to another name is no part of a project's or programme's name
        (
            "江西省召开会议。九江市文化旅游推介会暨文旅项目签约会在北京举行。",
            "九江市文化旅游推介会暨文旅项目",
        ),
        ("江西省召开会议。九江市投资环境说明会暨长江经济带项目签约会在北京举行。", "环境说明会暨长江经济带"),
        (
            "江西省召开会议。九江市投资环境说明会暨长江经济带项目签约会在北京举行。",
            "九江市投资环境说明会暨长江经济带项目",
        ),
        # X市长江…: 市 ends the city's name and 长 opens 长江, no mayor and no name after a title
        ("江西省召开会议。九江市长江经济带项目签约会在北京举行。", "江经济"),
        ("湖北省召开会议。宜昌市长江大保护工作推进会召开。", "江大"),
        # a sum of money is never inside a firm's name (X投资5亿元建设新厂)
        ("鞍山市召开会议。华泰新材料投资5亿元建设新厂。", "华泰新材料投资5亿元建设新厂"),
        # a kind of firm before a post is no firm's name
        ("鞍山市召开会议。特色食品企业负责人王刚介绍。", "特色食品"),
        # industries listed are no firms; a last item running on into the clause is left out
        ("鞍山市召开会议。全市重点发展新材料、电子信息、生物医药。", "电子信息"),
        ("鞍山市召开会议。宏达电子、鑫盛乳业已投产。", "鑫盛乳业已投产"),
        # a one-word line under a headline that is no name is no author
        ("江城县发展纪实\n\n开放\n\n近日,全县召开会议。", "开放"),
    ],
)
def test_ents8_not_names(text: str, name: str) -> None:
    assert name not in _names(text)


def test_ents8_part_of_bare_zone_located_in_it() -> None:
    from cases import relations_of

    rels = relations_of("丹东市召开会议。在合作区新区装备制造园,一批项目开工。合作区今年新签约项目12个。")
    assert ("合作区新区装备制造园", "locatedIn", "合作区") in rels


def test_ents8_post_after_trade_name_works_for_it() -> None:
    from cases import relations_of

    assert ("王刚", "worksFor", "鑫盛乳业") in relations_of(
        "鞍山市召开会议。鑫盛乳业董事长王刚一行来鞍考察。"
    )
