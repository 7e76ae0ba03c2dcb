"""Relation rules of the rels7 work (kg/relations/rels7.py and the rows it added to kg/data/relations):
case tables of invented sentences, none copied from an annotated article. Places are real divisions
(青原区 of 吉安市 and its towns 富田镇, 值夏镇, from the national list), firms and projects invented."""

from __future__ import annotations

import pytest
from cases import relations_of

_HEAD = "青原区项目建设提速\n"
_SIGN = "青原区举行重点项目集中签约仪式\n5月8日,青原区举行重点项目集中签约仪式,共签约项目8个。"


@pytest.mark.parametrize(
    "text, triple",
    [
        # a ground-breaking named after its project is held where the project is
        (
            _HEAD + "5月8日,2024年重点项目集中开工暨华兴年产10万吨铝型材项目开工仪式举行。"
            "华兴年产10万吨铝型材项目位于青原区富田镇,总投资6亿元。",
            ("2024年重点项目集中开工暨华兴年产10万吨铝型材项目开工仪式", "locatedIn", "富田镇"),
        ),
        # the project that holds the ceremony (P举行投产仪式)
        (
            _HEAD + "5月8日,青原区富田镇年产10万吨铝型材项目举行投产仪式,区长王志刚出席。",
            ("投产仪式", "locatedIn", "富田镇"),
        ),
        # an opening event (开工活动) as a ceremony (仪式)
        (
            _HEAD + "5月8日,一季度项目集中开工暨东方年产5万吨纸箱项目开工活动举行。"
            "东方年产5万吨纸箱项目位于青原区值夏镇。",
            ("一季度项目集中开工暨东方年产5万吨纸箱项目开工活动", "locatedIn", "值夏镇"),
        ),
        # a clause with no subject of its own says where the name that opens the clause before is (位于)
        (
            _HEAD + "华兴新材料有限公司成立于2012年3月,位于赣江沿岸的青原区富田镇,现有员工300人。",
            ("华兴新材料有限公司", "locatedIn", "富田镇"),
        ),
        # …or the name that ends its noun phrase (…建设的P项目,坐落于X)
        (
            _HEAD + "东方纸业有限公司投资6亿元建设的年产10万吨纸箱项目,坐落于青原区值夏镇。",
            ("年产10万吨纸箱项目", "locatedIn", "值夏镇"),
        ),
        # a list named, then its members before a clause-final verb (双双入围): they hold the title
        (
            "吉安市企业喜获殊荣\n近日,江西省工业和信息化厅公布2024年度省级智能工厂名单,"
            "华兴新材料有限公司、东方纸业有限公司双双入围。",
            ("东方纸业有限公司", "designatedAs", "2024年度省级智能工厂"),
        ),
        # 获此殊荣 in the sentence after the honour: each member of the counted list holds it
        (
            "吉安市企业喜获殊荣\n日前,吉安市农业农村工作先进集体名单公布。青原区农业农村局、富田镇等12个单位获此殊荣。",
            ("富田镇", "designatedAs", "吉安市农业农村工作先进集体"),
        ),
        # X是D1、D2之一: a zone said to be titles holds each of them
        (
            _HEAD + "吉安高新技术产业开发区是江西省首批省级高新区、国家级绿色园区之一。",
            ("吉安高新技术产业开发区", "designatedAs", "国家级绿色园区"),
        ),
        # investing and building, no amount written (SCHEMA.md's cue 投资…建设): investsIn
        (
            _SIGN + "华兴新材料有限公司将在富田镇投资建设年产10万吨铝型材项目。",
            ("华兴新材料有限公司", "investsIn", "年产10万吨铝型材项目"),
        ),
        (
            _SIGN + "年产10万吨铝型材项目由华兴新材料有限公司在富田镇投资兴建。",
            ("华兴新材料有限公司", "investsIn", "年产10万吨铝型材项目"),
        ),
        # the firm a place signs a project with (its head named with it), no amount written
        (
            _SIGN + "富田镇与华兴新材料有限公司总经理赵明远签约年产10万吨铝型材项目。",
            ("华兴新材料有限公司", "investsIn", "年产10万吨铝型材项目"),
        ),
        (
            _SIGN + "青原区与华兴新材料有限公司、东方纸业有限公司签约的年产10万吨纸箱项目位于值夏镇。",
            ("东方纸业有限公司", "investsIn", "年产10万吨纸箱项目"),
        ),
        # the project of a firm's investment agreement
        (
            _SIGN + "华兴新材料有限公司与青原区人民政府签订了年产10万吨铝型材项目投资协议。",
            ("华兴新材料有限公司", "investsIn", "年产10万吨铝型材项目"),
        ),
        # 选址在 as 选址于 (locatedIn.verb)
        (
            _SIGN + "年产10万吨铝型材项目选址在富田镇,总投资6亿元。",
            ("年产10万吨铝型材项目", "locatedIn", "富田镇"),
        ),
        # the firm whose head speaks for it at the gathering (代表项目方发言) takes part in it
        (
            "萍乡市举行2024年重点项目集中开工仪式\n6月3日,萍乡市举行2024年重点项目集中开工仪式。"
            "东华纺织有限公司董事长赵明远代表项目方发言。",
            ("东华纺织有限公司", "participatesIn", "2024年重点项目集中开工仪式"),
        ),
        # 公司 goes on with the clause's subject firm, not a firm written as its object (配套供应A / 为A供货)
        (
            "吉安市企业发展提速\n在吉安高新技术产业开发区,华兴新材料有限公司投资5亿元的年产10万吨铝型材项目今年投产,"
            "产品主要配套供应东方汽车集团有限公司等企业。公司董事长赵明远说,企业订单充足。",
            ("赵明远", "worksFor", "华兴新材料有限公司"),
        ),
        (
            "吉安市企业发展提速\n华兴新材料有限公司总经理赵明远介绍,公司生产的铝型材已为东方汽车集团有限公司配套供货多年,"
            "今年公司投资2亿元建设的年产5万吨汽车铝部件项目将于年底投产。",
            ("华兴新材料有限公司", "investsIn", "年产5万吨汽车铝部件项目"),
        ),
        # …but the firm a place signs with is the one 由该公司投资 goes on with
        (
            "吉安市企业发展提速\n青原区与华兴新材料有限公司签约,由该公司投资6亿元建设的年产10万吨铝型材项目将落户富田镇。",
            ("华兴新材料有限公司", "investsIn", "年产10万吨铝型材项目"),
        ),
        # a programme's listed parts, past an item kg does not read as a programme (新材料倍增工程)
        (
            "吉安市推进产业振兴\n吉安市产业振兴“五大工程”包括“强链”工程、“数字吉安”建设工程、新材料倍增工程和“绿色家园”工程。",
            ("“绿色家园”工程", "partOf", "“五大工程”"),
        ),
        # 这是P(在X)的重要组成部分 / 是P的有机组成部分: a part of a larger programme
        (
            "吉安市推进产业振兴\n青原区深入实施“林业生态”三年行动,这是“绿色吉安”行动在全市的重要组成部分。",
            ("“林业生态”三年行动", "partOf", "“绿色吉安”行动"),
        ),
        (
            "吉安市推进产业振兴\n“林业生态”三年行动是“绿色吉安”行动的有机组成部分。",
            ("“林业生态”三年行动", "partOf", "“绿色吉安”行动"),
        ),
    ],
)
def test_found(text, triple):
    assert triple in relations_of(text)


@pytest.mark.parametrize(
    "text, triple",
    [
        # a signing is held anywhere (a hall, another city): not placed by its project
        (
            _HEAD + "5月8日,华兴年产10万吨铝型材项目签约仪式举行。华兴年产10万吨铝型材项目位于青原区富田镇。",
            ("华兴年产10万吨铝型材项目签约仪式", "locatedIn", "富田镇"),
        ),
        # a ceremony the text places itself keeps that place
        (
            _HEAD
            + "5月8日,华兴年产10万吨铝型材项目开工仪式在吉安市举行。华兴年产10万吨铝型材项目位于青原区富田镇。",
            ("华兴年产10万吨铝型材项目开工仪式", "locatedIn", "富田镇"),
        ),
        # the ceremony's projects lie in two towns: it is in neither
        (
            _HEAD + "5月8日,华兴年产10万吨铝型材项目、东方年产5万吨纸箱项目开工仪式举行。"
            "华兴年产10万吨铝型材项目位于青原区富田镇,东方年产5万吨纸箱项目位于青原区值夏镇。",
            ("华兴年产10万吨铝型材项目、东方年产5万吨纸箱项目开工仪式", "locatedIn", "富田镇"),
        ),
        # two firms in the clause before: which one is where is not said
        (
            _HEAD + "华兴新材料有限公司与东方纸业有限公司合作,位于青原区富田镇。",
            ("东方纸业有限公司", "locatedIn", "富田镇"),
        ),
        # 位于X的Y: the place belongs to the name after it (verb-of), not to the clause before
        (
            _HEAD + "华兴新材料有限公司与青原区签约,位于富田镇的东方年产5万吨纸箱项目同日开工。",
            ("华兴新材料有限公司", "locatedIn", "富田镇"),
        ),
        # a member with a title of its own after the verb (入选X) holds that one, not the list named before
        (
            "吉安市企业喜获殊荣\n近日,江西省工业和信息化厅公布2024年度省级智能工厂名单。东方纸业有限公司入选国家级绿色工厂。",
            ("东方纸业有限公司", "designatedAs", "2024年度省级智能工厂"),
        ),
        # a bank's loan agreement for a project is financing, not an investment in it
        (
            _SIGN + "华兴新材料有限公司与中国工商银行签订了年产10万吨铝型材项目贷款协议。",
            ("中国工商银行", "investsIn", "年产10万吨铝型材项目"),
        ),
        # the object firm of 配套供应/为…供货 is not the one 公司 refers to
        (
            "吉安市企业发展提速\n在吉安高新技术产业开发区,华兴新材料有限公司投资5亿元的年产10万吨铝型材项目今年投产,"
            "产品主要配套供应东方汽车集团有限公司等企业。公司董事长赵明远说,企业订单充足。",
            ("赵明远", "worksFor", "东方汽车集团有限公司"),
        ),
        (
            "吉安市企业发展提速\n华兴新材料有限公司总经理赵明远介绍,公司生产的铝型材已为东方汽车集团有限公司配套供货多年,"
            "今年公司投资2亿元建设的年产5万吨汽车铝部件项目将于年底投产。",
            ("东方汽车集团有限公司", "investsIn", "年产5万吨汽车铝部件项目"),
        ),
        # a measure that carries out a programme is not a part of it
        (
            "吉安市推进产业振兴\n“林业生态”三年行动是落实“绿色吉安”行动的重要举措。",
            ("“林业生态”三年行动", "partOf", "“绿色吉安”行动"),
        ),
    ],
)
def test_not_found(text, triple):
    assert triple not in relations_of(text)
