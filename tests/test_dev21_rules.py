"""Rules added from the twenty-first development set (tests/dev21): case tables of invented sentences (none
copied from an annotated article)."""

from __future__ import annotations

import pytest
from cases import names_of as _names


@pytest.mark.parametrize(
    "text, name",
    [
        # a count of the items listed before 项目 (A、B两个项目) names none of them
        ("会议调度了北湖镇道路硬化、江城市图书馆改造两个项目。", "江城市图书馆改造两个项目"),
        ("会议调度了北湖镇道路硬化、江城市图书馆改造两个项目。", "图书馆改造两个项目"),
        ("江城县今年谋划了污水管网、垃圾转运站等3个重点项目。", "垃圾转运站等3个重点项目"),
        # a sum of money before a fund's name is what was received, not part of the name
        ("两个项目共争取到2300万元省专项资金。", "2300万元省专项资金"),
        ("园区获得1.2亿元中央预算内资金支持。", "1.2亿元中央预算内资金"),
        # the opening words of a titled document are the same document, not a second programme
        ("根据《乡村旅游提升专项行动计划(2021-2025年)》要求,各县开展工作。", "乡村旅游提升专项行动"),
        # a place between an organisation's name and a person's post names a branch or a remit, no place
        ("市长会见了北湖医药集团昆明分部总经理李明一行。", "昆明市"),
        ("会议邀请了中国新能源产业联盟贵州发展总顾问王强。", "贵州省"),
        # a project head inside a registered firm's name is a word of the firm's name
        ("市长会见了华东水利工程咨询集团有限公司董事长一行。", "华东水利工程"),
        ("县政府与江城市政工程设计有限公司签订协议。", "江城市政工程"),
        # a speaker named already by a title: its last character and 在 are no second name
        ("江城县委常委、常务副县长周建国在致辞中表示,要加快项目建设。", "国在"),
        ("副市长吴立民在讲话中指出,要优化营商环境。", "民在"),
    ],
)
def test_dev21_not_names(text: str, name: str) -> None:
    assert name not in _names(text)


@pytest.mark.parametrize(
    "text, name, types",
    [
        # the project named on its own, with its head, still stands
        ("江城市图书馆改造项目建成后将方便群众阅读。", "江城市图书馆改造项目", ("Project",)),
        # the projects started or signed, listed by name after 项目为: a park or centre is a project here
        (
            "当天开工建设的项目为北湖智慧物流园、江城农产品冷链中心,总投资3亿元。",
            "北湖智慧物流园",
            ("Project",),
        ),
        (
            "此次签约的项目分别是青山新材料产业园、江城数据中心等,总投资20亿元。",
            "江城数据中心",
            ("Project",),
        ),
        # a titled public notice (《…公示》, 《…公告》) is a document, as a 《…通知》 is
        (
            "省科技厅发布《关于2023年度省级科技型企业名单的公示》,我市12家企业入选。",
            "关于2023年度省级科技型企业名单的公示",
            ("Programme",),
        ),
        # a list published in batches (第N批X名单) names a title, whatever its head; 示范/试点 end a title
        ("农业农村部公布第三批数字乡村建设示范名单。", "数字乡村建设示范", ("Designation",)),
        ("经过专家评审,确定了第二批绿色物流试点名单。", "绿色物流试点", ("Designation",)),
        # a closing bracket of authors' names, set apart by one or more spaces
        ("全县工业投资增长明显。(李建平  赵晓红)", "赵晓红", ("Person", "Official")),
        ("全县工业投资增长明显。(李建平   赵晓红)", "李建平", ("Person", "Official")),
        # an industry alliance is an institution (an association of firms)
        ("北方新材料产业联盟秘书长李明出席会议。", "北方新材料产业联盟", ("Institution",)),
        # (总)顾问 is a post that introduces a name
        ("北方新材料产业联盟总顾问王建华参加座谈。", "王建华", ("Person", "Official")),
        ("江城物流有限公司顾问刘德明介绍了情况。", "刘德明", ("Person", "Official")),
    ],
)
def test_dev21_names(text: str, name: str, types: tuple[str, ...]) -> None:
    assert _names(text).get(name) in types


def test_dev21_adviser_works_for_alliance() -> None:
    from cases import relations_of

    rels = relations_of("北方新材料产业联盟总顾问王建华参加座谈。")
    assert ("王建华", "worksFor", "北方新材料产业联盟") in rels


def test_dev21_town_lead_places_its_projects() -> None:
    from cases import relations_of

    # the lead reports one town's batch of projects: the listed projects are the town's
    rels = relations_of(
        "3月2日上午,安徽省定远县炉桥镇一批重点项目集中开工。定远县委书记李明出席开工仪式。"
        "当天开工建设的项目为北湖智慧物流园、江城农产品冷链中心,总投资3亿元。"
    )
    assert ("北湖智慧物流园", "locatedIn", "炉桥镇") in rels
    assert ("北湖智慧物流园", "locatedIn", "定远县") not in rels


@pytest.mark.parametrize(
    "text, triple",
    [
        # a document's number opens with its issuer's short name: the body written in the article issued it
        (
            "财政部近日发布通知。根据《关于支持县域商业发展的指导意见》(财政部建〔2021〕15号)要求,各地开展申报。",
            ("财政部", "implements", "关于支持县域商业发展的指导意见"),
        ),
        (
            "工信部公布名单。按照《中小企业数字化转型实施方案》(工信部联企业〔2022〕88号),各地推荐企业。",
            ("工信部", "implements", "中小企业数字化转型实施方案"),
        ),
    ],
)
def test_dev21_relations(text: str, triple: tuple[str, str, str]) -> None:
    from cases import relations_of

    assert triple in relations_of(text)


def test_dev21_document_number_of_another_issuer() -> None:
    from cases import relations_of

    # a body the article names is not the issuer of a document numbered by another office
    rels = relations_of(
        "财政部近日发布通知。根据《关于优化营商环境的实施意见》(国办发〔2022〕30号),各地落实。"
    )
    assert ("财政部", "implements", "关于优化营商环境的实施意见") not in rels


def test_dev21_batch_list_is_awarded() -> None:
    from cases import relations_of

    rels = relations_of("农业农村部公布第三批数字乡村建设示范名单。")
    assert ("农业农村部", "awards", "数字乡村建设示范") in rels


def test_dev21_prefecture_head_works_for_its_government() -> None:
    from cases import relations_of

    # 州长 in an autonomous prefecture's news: the prefecture's government, written as 州政府
    rels = relations_of(
        "5月8日,州委副书记、州长李明会见了客商。州政府与北湖能源集团有限公司签订合作协议。"
        "大理州将全力做好服务。"
    )
    assert ("李明", "worksFor", "大理白族自治州人民政府") in rels


def test_dev21_place_on_its_own_stays() -> None:
    # the same place written on its own in another clause is a place of the article
    names = _names("北湖医药集团昆明分部总经理李明说,昆明是公司西南市场的中心。")
    assert names.get("昆明市") == "City"


def test_dev21_bare_departments_after_an_official() -> None:
    # 我县副县长某某、发改局、住建局相关领导参加: the departments listed with the official are the county's
    # (西丰县 is a real county: the gazetteer knows it, as kg needs to resolve 我县)
    names = _names("5月6日,西丰县召开项目调度会。我县副县长王立新、发改局、住建局相关领导参加会议。")
    assert names.get("西丰县发展和改革局") == "GovernmentBody"
    # …and in a city's article, the city's
    names = _names("5月6日,锦州市召开项目调度会。我市副市长王立新、发改委、住建局相关领导参加会议。")
    assert names.get("锦州市住房和城乡建设局") == "GovernmentBody"


@pytest.mark.parametrize(
    "text",
    [
        # a dateline's city after the agency, then a break before the reporter: the city is the article's
        "新华网沈阳5月8日电 (记者 王明)北方某公司新厂房投产。",
        "中新网长春3月2日电(记者 李强)当地启动一批项目。",
    ],
)
def test_dev21_dateline_place_before_a_credit_stays(text: str) -> None:
    # (the run from the place to the person must hold no break: a bracket, a space or a comma ends it)
    names = _names(text)
    assert any(t == "City" for t in names.values()), names
