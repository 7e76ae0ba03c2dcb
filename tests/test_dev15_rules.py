"""Rules added from the fifteenth development set (tests/dev15): case tables of invented sentences (none
copied from an annotated article)."""

from __future__ import annotations

import pytest
from cases import names_of as _names
from cases import relations_of as _relations


@pytest.mark.parametrize(
    "text, name, types",
    [
        # 在 + a place + a verb of building: the place stands alone, what is built is named after the verb
        ("北方化工公司将投资20亿元,在嘉鱼县建设新材料产业园。", "嘉鱼县", ("District",)),
        ("北方化工公司将投资20亿元,在嘉鱼县建设新材料产业园。", "新材料产业园", ("Zone",)),
        ("某集团拟投资8亿元在沙洋县新建年产10万吨饲料项目。", "年产10万吨饲料项目", ("Project",)),
        ("某文旅公司拟投资30亿元,在东湖新区建设汉水古城文化街区项目。", "汉水古城文化街区项目", ("Project",)),
        ("某文旅公司拟投资30亿元,在东湖新区建设汉水古城文化街区项目。", "东湖新区", ("Zone",)),
        # a place, then a verb that says what kind of facility it is (抽水蓄能电站, 污水处理厂): one name
        (
            "铁岭市重点项目开工。银州高铁站项目、西丰抽水蓄能电站项目等一批重大项目加快建设。",
            "西丰抽水蓄能电站项目",
            ("Project",),
        ),
        # two zones joined by 和: each its own name (都市圈 is a zone head: a planned metropolitan area)
        ("全市聚焦建设南京都市圈和江北绿色经济区,奋力赶超。", "南京都市圈", ("Zone",)),
        ("全市聚焦建设南京都市圈和江北绿色经济区,奋力赶超。", "江北绿色经济区", ("Zone",)),
        # 茶话会, 团拜会 are dated gatherings (event heads); a quoted pair joined by 、 opens the name
        (
            "春节前,江城市举办江城籍人才“话家乡、谋发展”茶话会。",
            "江城籍人才“话家乡、谋发展”茶话会",
            ("Event",),
        ),
        ("江城市举行在外江城商会迎春团拜会。", "在外江城商会迎春团拜会", ("Event",)),
        # A、B两家上市公司: a count of firms after a list; its items are the firms
        ("该集团拥有华科、华科药业两家上市公司。", "华科药业", ("Company",)),
        ("该集团拥有华科、华科药业两家上市公司。", "华科", ("Company",)),
        # a city right after its own province's short name (an address written province first)
        ("集团在西藏林芝、贵州遵义设有基地。", "林芝市", ("City",)),
        # 正 after a place opens a coined firm name (正泰, 正大), 正在 being a word of its own
        ("淮安市正科机电有限公司入选名单。", "淮安市正科机电有限公司", ("Company",)),
        # 确定了…名单: a published list names a designation
        (
            "近日,省工业和信息化厅确定了2023年第二批专精特新中小企业名单,共200家企业入选。",
            "专精特新中小企业",
            ("Designation",),
        ),
        # a news app credited for its reporter is the outlet (X客户端记者 某某)
        ("江城发布客户端记者 李明 摄影 王刚\n3月5日,江城市召开会议。", "江城发布客户端", ("Institution",)),
        # a quoted title before a name (现任“掌门人”某某); 掌门人 is a firm's head
        ("华科集团现任“掌门人”李寓明携电容器项目回归江城。", "李寓明", ("Person", "Official")),
        ("华科集团掌门人李寓明表示,将加大投资。", "李寓明", ("Person", "Official")),
        # a title entered (获批), then 的 and what it brings: the title ends at its head
        (
            "江城市借助获批国家承接产业转移示范区的有利契机,加快发展。",
            "国家承接产业转移示范区",
            ("Designation",),
        ),
        # a list with a quoted item closed by 等…机制: its items are schemes (programmes)
        ("全市进一步深化局长帮办制、“企业吹哨”等服务企业机制。", "局长帮办制", ("Programme",)),
        ("全市进一步深化局长帮办制、“企业吹哨”等服务企业机制。", "企业吹哨", ("Programme",)),
        ("区里推行“首席服务员”、“一企一策”等服务举措。", "首席服务员", ("Programme",)),
    ],
)
def test_dev15_entity_rules(text, name, types):
    assert _names(text).get(name) in types


@pytest.mark.parametrize(
    "text, name",
    [
        ("北方化工公司将投资20亿元,在嘉鱼县建设新材料产业园。", "嘉鱼县建设新材料产业园"),
        ("某文旅公司拟投资30亿元,在东湖新区建设汉水古城文化街区项目。", "东湖新区建设汉水古城文化街区项目"),
        ("全市聚焦建设南京都市圈和江北绿色经济区,奋力赶超。", "南京都市圈和江北绿色经济区"),
        # bare heads listed are kinds of gathering; so is an item listed before them
        ("春节期间,各地纷纷组织新春茶话会、恳谈会、座谈会等活动。", "恳谈会"),
        ("春节期间,各地纷纷组织新春茶话会、恳谈会、座谈会等活动。", "座谈会"),
        ("春节期间,各地纷纷组织新春茶话会、恳谈会、座谈会等活动。", "新春茶话会"),
        ("该集团拥有华科、华科药业两家上市公司。", "华科药业两家上市公司"),
        # 被认定为X的县: a relative clause about what follows 的, no title sentence
        ("省政府希望被认定为省级示范县的各县再接再厉。", "省级示范县"),
        # 获得了…的: before 的 only a title's head ends a title
        ("该企业获得了广大客户的认可。", "广大客户"),
        # a list of common words closed by 等工作机制 names kinds of work, no schemes
        ("全市完善招商引资、项目建设等工作机制。", "招商引资"),
        # 选取N家企业作为X: 作为 is "as", no title conferred
        ("该市选取50家企业作为帮扶重点。", "帮扶重点"),
        # X新城镇 is a town, not the zone head 新城
        ("热电厂可以为马家子新城镇解决居民供暖。", "马家子新城"),
        # a strategy's name going on into a title's head (…战略先导区) is no programme of its own
        ("江城市立足建设融入长三角一体化发展战略先导区定位。", "长三角一体化发展战略"),
        # a quoted count + 重大工程项目 is a group of construction projects, no campaign
        ("全市聚焦“3+2”重大工程项目,加快建设。", "“3+2”重大工程"),
        ("全市聚焦“3+2”重大工程项目,加快建设。", "3+2重大工程"),
        # 携 (bringing along) ends the clause before what is brought: no name runs through it
        ("华科集团现任“掌门人”李寓明携电容器项目回归江城。", "华科集团现任“掌门人”李寓明携电容器项目"),
        # a paper's own app is the paper (海南日报客户端 is 海南日报's): no second outlet
        ("据江城日报客户端|本报记者 李明\n正文。", "江城日报客户端"),
    ],
)
def test_dev15_non_names(text, name):
    assert name not in _names(text)


_ANNOUNCED = (
    "近期,省工业和信息化厅确定了2023年第一批创新型中小企业名单,其中江城经济开发区3家企业位列其中:\n"
    "江城华泰机械有限公司\n江城鑫源食品有限公司\n江城明远电子有限公司\n据了解,名单有效期三年。"
)


@pytest.mark.parametrize(
    "text, triple",
    [
        # a sentence naming a title and ending in a colon announces the lines below as its holders; N家企业
        # after a zone says where they are
        (_ANNOUNCED, ("江城鑫源食品有限公司", "designatedAs", "创新型中小企业")),
        (_ANNOUNCED, ("江城明远电子有限公司", "locatedIn", "江城经济开发区")),
        # X公司在Y投资N亿元的Z项目: the firm invests in the project, which is in Y
        (
            "一批项目成功落户,如江城华泰机械有限公司在江城经济开发区投资12亿元的高端轴承项目等。",
            ("江城华泰机械有限公司", "investsIn", "高端轴承项目"),
        ),
        (
            "一批项目成功落户,如江城华泰机械有限公司在江城经济开发区投资12亿元的高端轴承项目等。",
            ("高端轴承项目", "locatedIn", "江城经济开发区"),
        ),
        # A项目等一批新开工项目: a batch closes a list of started projects as a count does
        (
            "4月2日,嘉鱼县举行全县春季项目集中开工仪式,全县36个项目开复工。华泰机械年产5万套轴承项目等一批"
            "新开工项目,江南大道改造项目等一批重大项目加快建设。",
            ("华泰机械年产5万套轴承项目", "participatesIn", "全县春季项目集中开工仪式"),
        ),
        # X公司投资的Y项目, no amount written: the firm invests in the project
        (
            "该项目是江城华泰牧业有限公司投资的万头生猪育肥项目,建设10栋猪舍。",
            ("江城华泰牧业有限公司", "investsIn", "万头生猪育肥项目"),
        ),
        # the reporter of a news app's credit works for the app
        (
            "江城发布客户端记者 李明 摄影 王刚\n3月5日,江城市召开会议。",
            ("李明", "worksFor", "江城发布客户端"),
        ),
    ],
)
def test_dev15_relation_rules(text, triple):
    assert triple in _relations(text)


@pytest.mark.parametrize(
    "text, triple",
    [
        # the firm that invests in Y is not thereby located in Y (its project is)
        (
            "一批项目成功落户,如江城华泰机械有限公司在江城经济开发区投资12亿元的高端轴承项目等。",
            ("江城华泰机械有限公司", "locatedIn", "江城经济开发区"),
        ),
    ],
)
def test_dev15_non_relations(text, triple):
    assert triple not in _relations(text)
