"""Values go to the entity their clause is about: invented articles through the real pipeline."""

from __future__ import annotations

import pytest

import kg


def _values(tmp_path, text: str) -> set[tuple[str, str, str]]:
    """(value as written, owner label, ISO date or '') of every value the build attaches."""
    src = tmp_path / "article.txt"
    src.write_text(text, encoding="utf-8")
    g = kg.build_graph([src])
    out = set()
    for e in g.entities:
        out |= {(q.text, e.label, "") for q in e.quantities}
        out |= {(d.text, e.label, d.value) for d in e.dates}
    return out


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a figure before 的 modifies the name after it; the name's own capacity; the start date
            "华兴项目开工\n2024年3月8日,安平县华兴新材料有限公司总投资12亿元建设的年产8万吨特种纤维项目开工。\n",
            {
                ("12亿元", "年产8万吨特种纤维项目", ""),
                ("年产8万吨", "年产8万吨特种纤维项目", ""),
                ("2024年3月8日", "年产8万吨特种纤维项目", "2024-03-08"),
            },
        ),
        (  # a county's figures; growth and share continue the clause before them; 占全市 is a base
            "临泉经济稳中有进\n2023年,临泉县实现地区生产总值358亿元,同比增长6.2%,占全市18.5%。\n",
            {("358亿元", "临泉县", ""), ("6.2%", "临泉县", ""), ("18.5%", "临泉县", "")},
        ),
        (  # a signing ceremony's results and date
            "河川签约\n2024年5月12日,河川市重大项目集中签约仪式在河川市举行,共签约项目23个,总投资186亿元。\n",
            {
                ("23个", "河川市重大项目集中签约仪式", ""),
                ("186亿元", "河川市重大项目集中签约仪式", ""),
                ("2024年5月12日", "河川市重大项目集中签约仪式", "2024-05-12"),
            },
        ),
        (  # 该公司 points back to the firm of the sentence before
            "企业见闻\n2022年,记者走进临江县鸿达机械有限公司。该公司去年实现产值3.5亿元,员工320名。\n",
            {("3.5亿元", "临江县鸿达机械有限公司", ""), ("320名", "临江县鸿达机械有限公司", "")},
        ),
        (  # a count after a list (等15家) is the list's, not its last member's
            "名单公布\n2024年6月,省工信厅公布省级专精特新中小企业名单,"
            "宁川市嘉禾电子有限公司、宁川市瑞丰食品有限公司等15家企业入选。\n",
            {("15家", "省级专精特新中小企业", ""), ("2024年6月", "省级专精特新中小企业", "2024-06")},
        ),
    ],
    ids=["modifier", "county-figures", "ceremony", "anaphor", "list-count"],
)
def test_values_go_to_the_clause_subject(tmp_path, text, expected):
    assert _values(tmp_path, text) == expected


def test_values_published_in_the_scorer_shapes(tmp_path):
    """Numbers as qudt:QuantityValue nodes (qudt:hasUnit, unit:NUM for counts) reached by kg:hasQuantity;
    an event's date as kg:date on the event, with a statement pointing at its sentence."""
    import pyoxigraph as ox

    src = tmp_path / "in" / "a.txt"
    src.parent.mkdir()
    src.write_text(
        "河川签约\n2024年5月12日,河川市重大项目集中签约仪式在河川市举行,共签约项目23个,总投资186亿元。\n",
        encoding="utf-8",
    )
    kg.build([src], tmp_path / "out", html=False, store=False, cache=False)
    store = ox.Store()
    store.load(path=str(tmp_path / "out/graph.ttl"), format=ox.RdfFormat.TURTLE)
    q = """PREFIX kg: <https://w3id.org/kgnews/ontology#> PREFIX qudt: <http://qudt.org/schema/qudt/>
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
    SELECT ?label ?v ?u WHERE { ?e rdfs:label ?label ; kg:hasQuantity ?q .
      ?q qudt:numericValue ?v ; qudt:hasUnit ?u } ORDER BY ?v"""  # (untyped: the range says so)
    rows = [(r["label"].value, float(r["v"].value), r["u"].value.rsplit("/", 1)[-1]) for r in store.query(q)]
    assert rows == [
        ("河川市重大项目集中签约仪式", 23.0, "NUM"),
        ("河川市重大项目集中签约仪式", 18600000000.0, "CCY_CNY"),
    ]
    q = """PREFIX kg: <https://w3id.org/kgnews/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
    SELECT ?d ?sentence WHERE { ?e a kg:Event ; kg:date ?d . ?st rdf:subject ?e ; rdf:predicate kg:date ;
      rdf:object ?d ; kg:statedIn/kg:text ?sentence }"""
    rows = [(r["d"].value, r["sentence"].value) for r in store.query(q)]
    assert rows and rows[0][0] == "2024-05-12" and "签约仪式" in rows[0][1]


def test_a_batch_figures_stay_with_the_local_event(tmp_path):
    """我市集中开工… right after the sentence naming the local venue, and category figures after 本次…:
    all the venue's, not the city's or the province-wide event's."""
    text = (
        "项目开工\n2024年9月20日,全省重大项目集中开工活动举行,襄阳同步设分会场。"
        "我市集中开工重大项目42个,总投资86亿元。本次集中开工项目既有基础设施项目,又有产业项目,"
        "为我市发展提供支撑。按领域分:产业类项目30个,总投资51亿元。\n"
    )
    values = _values(tmp_path, text)
    figures = {(v, owner) for v, owner, iso in values if not iso}
    assert {v for v, _ in figures} == {"42个", "86亿元", "30个", "51亿元"}
    owners = {owner for _, owner in figures}
    assert len(owners) == 1 and next(iter(owners)).endswith("分会场"), owners


def test_attachment_is_linear_in_sentence_length():
    """A 50,000-character sentence without punctuation, dense with names and figures, attaches in
    time proportional to its length (each figure asks a bounded number of questions)."""
    import time

    from kg.attach import attach_values
    from kg.ingest import make_document
    from kg.model import Entity, Mention

    def run(n: int) -> tuple[float, int]:
        unit = "临泉县实现产值358亿元同比增长6.2%占全市18.5%签约项目23个2024年5月12日开工"
        doc = make_document((unit * (n // len(unit) + 1))[:n], "long.txt", year=2024)
        view = doc.view
        ms = []
        pos = view.find("临泉县")
        while pos >= 0:
            s, e = doc.span(pos, pos + 3)
            ms.append(Mention(doc.id, s, e, "临泉县", "临泉县", "District", "test", 1.0, pos, pos + 3))
            pos = view.find("临泉县", pos + 3)
        ent = Entity("place/341221", "District", "临泉县", mentions=tuple(ms))
        t = time.perf_counter()
        (out,), _ = attach_values([doc], [ent], [])
        return time.perf_counter() - t, len(out.quantities)

    small, n_small = run(12_500)
    big, n_big = run(50_000)
    assert n_big > 4 * 1000 and n_big >= 3.9 * n_small  # every figure found and attached
    assert big < 20.0 and big < 8 * small + 0.5, (small, big)


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a subtitle is not the first half of the lead's sentence; the paper (本报讯) owns no figure
            "河川开发区招商势头强劲\n今年新引进项目25个,到资3亿元\n"
            "本报讯(记者 李明)今年以来,河川经济开发区狠抓招商,共引进项目25个,合同金额12亿元。\n",
            {
                ("25个", "河川开发区", ""),  # the subtitle's figures are the title's subject's
                ("3亿元", "河川开发区", ""),
                ("25个", "河川经济开发区", ""),
                ("12亿元", "河川经济开发区", ""),
            },
        ),
        (  # 据介绍 is a prefix, not a subject; 该车间 points back to the firm named before it
            "企业复工\n2022年3月,临江县宏远电子有限公司车间热闹。"
            "据介绍,该车间于2020年引进入驻。目前建成生产线6条,吸纳就业120人。\n",
            {
                ("6条", "临江县宏远电子有限公司", ""),
                ("120人", "临江县宏远电子有限公司", ""),
                ("2020年", "临江县宏远电子有限公司", "2020"),
            },
        ),
        (  # a title written before a firm's name is not the clause's subject
            "龙头企业\n2022年,国家重点龙头企业河川食品有限公司的车间内,12条生产线正开足马力生产。\n",
            {("12条", "河川食品有限公司", "")},
        ),
        (  # places before a body locate it; a village committee's figures are its village's
            "美丽乡村\n2021年,平安县和顺镇石桥村委会位于省道旁,距县城15公里,共有420户。"
            "石桥村近年发展产业。\n",
            {("15公里", "石桥村", ""), ("420户", "石桥村", "")},
        ),
        (  # an aside (其中, some members) leaves the topic: the next sentence goes back to it
            "河川开发区招商\n今年以来,河川经济开发区新签约项目30个。"
            "其中,河川华美纺织有限公司投资完成年度计划的20%以上。新开工项目18个,开工率60%。\n",
            {
                ("30个", "河川经济开发区", ""),
                ("20%", "河川华美纺织有限公司", ""),
                ("18个", "河川经济开发区", ""),
                ("60%", "河川经济开发区", ""),
            },
        ),
        (  # a government's counted project list is a programme that owns its counts and sums
            "重点建设项目开工\n2023年,河川市共安排重点建设项目120个,总投资860亿元。"
            "截至6月底,已开工95个,开工率79%。\n",
            {
                ("120个", "重点建设项目", ""),
                ("860亿元", "重点建设项目", ""),
                ("95个", "重点建设项目", ""),
                ("79%", "重点建设项目", ""),
            },
        ),
        (  # 全村 opening a clause after a speaker is its subject; 三家 inside the village's name is no count
            "村里变化\n2023年,记者走进建平县三家子村。三家子村党支部书记王强告诉记者,"
            "全村现有温室300个,去年村集体收入突破80万元。\n",
            {("300个", "三家子村", ""), ("80万元", "三家子村", "")},
        ),
        (  # a clause opening with a bare head noun (公司) is about the last firm, not the subsidy after it
            "企业风采\n2022年,记者走进河川县鑫达农业有限公司。公司总经理王强介绍,"
            "今年公司获得县级产业扶持资金50万元。\n",
            {("50万元", "河川县鑫达农业有限公司", "")},
        ),
        (  # what the project will do once built (建成后…) is the project's, whatever the clause before says
            "项目签约\n近日,河川华美纺织有限公司年产2万吨纺纱项目签约。该企业采用先进工艺,"
            "建成后年产值可达12亿元,可提供就业岗位300个。\n",
            # (the project's label is its full written name, operator included; 年产2万吨纺纱项目 is an alias)
            {
                ("年产2万吨", "河川华美纺织有限公司年产2万吨纺纱项目", ""),
                ("12亿元", "河川华美纺织有限公司年产2万吨纺纱项目", ""),
                ("300个", "河川华美纺织有限公司年产2万吨纺纱项目", ""),
            },
        ),
        (  # an amount right after a fund's name is its size; after 获得 it is what the receiver got
            "资金下达\n2024年3月,河川县财政局安排农业产业发展专项资金2000万元,支持特色种植。"
            "河川县鑫达农业有限公司获得农业产业发展专项资金80万元。\n",
            {("2000万元", "农业产业发展专项资金", ""), ("80万元", "河川县鑫达农业有限公司", "")},
        ),
        (  # a document number under a document's title dates the document (the year it was issued)
            "省政府批复\n辽宁省人民政府关于同意设立河川高新技术产业开发区的批复\n辽政函〔2023〕15号\n"
            "河川市人民政府:\n你市报来的请示收悉。\n",
            {("辽政函〔2023〕15号", "辽宁省人民政府关于同意设立河川高新技术产业开发区的批复", "2023")},
        ),
        (  # 此次 is the event the article reports (its verb names it), not a forum listed in between
            "河川项目集中开工\n本报讯 2024年7月26日上午,河川县重大项目集中开工仪式在河川工业园举行。\n"
            "今年以来,该县自主开展陶瓷产业招商推介会、油画产业招商座谈会等系列活动。此外,不断加强城市建设。\n"
            "此次集中开工的15个工业项目涵盖陶瓷、物流等领域,总投资约22.5亿元。\n",
            {
                ("2024年7月26日", "河川县重大项目集中开工仪式", "2024-07-26"),
                ("15个", "河川县重大项目集中开工仪式", ""),
                ("约22.5亿元", "河川县重大项目集中开工仪式", ""),
            },
        ),
        (  # a body before a post (市委书记X) is part of a person's title, not the topic the figures go on about
            "襄阳项目开工\n2024年5月12日,襄阳市重大项目集中开工仪式在襄阳高新区举行。襄阳市委书记王强宣布项目开工。"
            "据了解,集中开工项目共72个,总投资326亿元。\n",
            {
                ("2024年5月12日", "襄阳市重大项目集中开工仪式", "2024-05-12"),
                ("72个", "襄阳市重大项目集中开工仪式", ""),
                ("326亿元", "襄阳市重大项目集中开工仪式", ""),
            },
        ),
        (  # a sentence listing examples (主要包括A、B等) is an aside: the figures after it go on about the event
            "襄阳项目签约\n2024年1月14日,襄阳市一季度项目签约和开工誓师大会举行。据介绍,签约项目13个,总投资105亿元。"
            "主要包括汉江商业综合体项目、襄阳储能装备制造项目等;计划新开工项目10个,总投资79亿元。\n",
            {("2024年1月14日", "襄阳市一季度项目签约和开工誓师大会", "2024-01-14")}
            | {(v, "襄阳市一季度项目签约和开工誓师大会", "") for v in ("13个", "105亿元", "10个", "79亿元")},
        ),
        (  # 根据X (the basis) and 与Y (the partner) name no subject: the firm between them invests
            "谷城招商\n2024年,根据襄阳市人民政府部署,襄阳华兴新材料有限公司与谷城县签约,投资12亿元建设特种纤维生产线。\n",
            {("12亿元", "襄阳华兴新材料有限公司", "")},
        ),
        (  # 此次 + a collective verb, and a count of projects that the clause says started together: the event's
            "德令哈项目集中开复工\n2024年3月28日上午,德令哈市2024年首批项目集中开复工仪式举行。\n"
            "据悉,德令哈市此次集中开复工的48个项目,投资总规模达105亿元,年内计划投资28亿元。\n"
            "为发挥带动作用,德令哈市精选了8个新建项目举办开复工仪式。\n",
            {("2024年3月28日", "德令哈市2024年首批项目集中开复工仪式", "2024-03-28")}
            | {(v, "德令哈市2024年首批项目集中开复工仪式", "") for v in ("48个", "105亿元", "28亿元", "8个")},
        ),
        (  # A、B等13个项目集中开工 in the lead: the event named only after it (集中开工活动) owns the figures
            "宽城加速\n项目是发展的引擎。3月19日,宽城满族自治县啤酒小镇、中医院住院部、丰碑线改造等13个项目"
            "集中开工,总投资30亿元。\n当天,记者在集中开工活动现场看到多台挖掘机排列有序。\n",
            {("13个", "集中开工活动", ""), ("30亿元", "集中开工活动", "")},
        ),
        (  # a zone that brought the signings about (the figures before are its own) counts them as its results
            "开发区招商\n2024年5月10日,抚顺市全面振兴集中签约仪式举行。\n今年以来,抚顺经济开发区全力拼招商,"
            "特别是积极融入全市招商新格局,与5个招商组融合联动,先后促成总投资38.7亿元的24个项目集中签约。\n",
            {("2024年5月10日", "抚顺市全面振兴集中签约仪式", "2024-05-10")}
            | {(v, "抚顺经济开发区", "") for v in ("5个", "38.7亿元", "24个")},
        ),
        (  # 集中开工的A、B等20个重点项目, 集中开竣工项目共72个: the verb before the count of projects
            "项目集中开工\n2024年4月15日,辽中区举行2024年春季重点项目集中开工仪式。\n区长王强在致辞中指出,全区上下"
            "全力推进项目建设。集中开工的百岁家居建材工业园、荣信沐樾府等20个重点项目,总投资28.77亿元。"
            "据了解,参加2024年春季重点项目集中开竣工项目共72个,总投资326.83亿元。\n",
            {("2024年4月15日", "2024年春季重点项目集中开工仪式", "2024-04-15")}
            | {
                (v, "2024年春季重点项目集中开工仪式", "") for v in ("20个", "28.77亿元", "72个", "326.83亿元")
            },
        ),
        (  # a title's parts are clauses (总投资 after the space goes on about the count); A项目,总投资…: the item's
            "襄阳23个项目集中开工 总投资186亿元\n本报讯 2024年3月8日,襄阳市2024年一季度重大项目集中开工仪式在"
            "襄阳高新区举行。此次开工的重点项目中,华兴纺织产业园项目,总投资15亿元,占地12万平方米。\n",
            {("2024年3月8日", "襄阳市2024年一季度重大项目集中开工仪式", "2024-03-08")}
            | {(v, "襄阳市2024年一季度重大项目集中开工仪式", "") for v in ("23个", "186亿元")}
            | {(v, "华兴纺织产业园项目", "") for v in ("15亿元", "12万平方米")},
        ),
        (  # 活动期间 + a signing verb points at the event: the amount signed in the clause after is the event's
            "谷城招商\n2024年“湖北-长三角经贸合作洽谈周”于2024年7月24日在上海举行。谷城县组团参加了洽谈周活动。"
            "活动期间,谷城县签约了两个招商项目,引资额32亿元。\n",
            {
                ("2024年", "湖北-长三角经贸合作洽谈周", "2024"),
                ("2024年7月24日", "湖北-长三角经贸合作洽谈周", "2024-07-24"),
                ("32亿元", "湖北-长三角经贸合作洽谈周", ""),
            },
        ),
        (  # A、B等17家企业…签订合作协议: a count after a list whose members sign is the signing event's
            "鞍山云签约\n2024年4月8日,鞍山市第三届云招商项目洽谈会暨项目云签约仪式举行。\n"
            "首个洽谈项目是海城市镁制品深加工项目,该项目签约额3亿元。\n"
            "随后,鞍山泰利新能源科技公司、鞍山凯恩房地产公司等17家企业分别与各县区签订合作协议。\n",
            {
                ("2024年4月8日", "鞍山市第三届云招商项目洽谈会暨项目云签约仪式", "2024-04-08"),
                ("17家", "鞍山市第三届云招商项目洽谈会暨项目云签约仪式", ""),
                ("3亿元", "海城市镁制品深加工项目", ""),
            },
        ),
    ],
    ids=[
        "news-lead",
        "hearsay-and-workshop",
        "title-before-firm",
        "village-committee",
        "aside",
        "project-list",
        "speaker-then-whole-village",
        "bare-head-noun",
        "once-built",
        "fund-size",
        "document-number",
        "this-event",
        "body-in-a-title",
        "examples-aside",
        "basis-and-partner",
        "this-collective-event",
        "projects-started-together",
        "zone-brought-about",
        "started-together-then-count",
        "title-parts-and-list-item",
        "during-the-event",
        "listed-signers",
    ],
)
def test_values_owner_patterns(tmp_path, text, expected):
    assert _values(tmp_path, text) == expected


def test_values_found_by_forked_workers_are_the_same(monkeypatch) -> None:
    """With jobs > 1 each document's values are found in forked processes (kg/attach.py): the same
    entities, in the same order, as in one process; and with a memo, only the documents it lacks."""
    from pathlib import Path

    from kg import attach
    from kg.extract import extract
    from kg.ingest import read_document
    from kg.resolve import resolve

    root = Path(__file__).resolve().parent.parent
    paths = sorted((root / "seeds").glob("*.txt")) + sorted((root / "tests/fixtures/articles").glob("*.txt"))
    contexts = [extract(read_document(p)) for p in paths]
    docs = [c.doc for c in contexts]
    entities, relations = resolve(contexts)
    one, _ = attach.attach_values(docs, entities, relations, None, 1)
    monkeypatch.setattr(attach, "PARALLEL_VALUES_MIN_DOCUMENTS", 2)
    two, _ = attach.attach_values(docs, entities, relations, None, 2)
    assert two == one and any(e.quantities for e in one)
    memo: attach.ValuesMemo = {}
    assert attach.attach_values(docs, entities, relations, memo, 2)[0] == one
    assert set(memo) == {d.id for d in docs}
    memo.pop(docs[0].id)  # one document to find again, the others from the memo
    assert attach.attach_values(docs, entities, relations, memo, 2)[0] == one


def _seed_contexts() -> list:
    from pathlib import Path

    from kg.derive import derive
    from kg.extract import extract
    from kg.ingest import read_document

    root = Path(__file__).resolve().parent.parent
    paths = sorted((root / "seeds").glob("*.txt")) + sorted((root / "tests/fixtures/articles").glob("*.txt"))
    contexts = [extract(read_document(p)) for p in paths]
    for c in contexts:
        derive(c)
    return contexts


def test_values_found_before_resolution_are_the_values_found_after_it(monkeypatch) -> None:
    """attach.Ahead finds each document's values before resolution (in a forked process while the
    build resolves), with the mentions' own classes and guessed event identities; checked against the
    resolved entities they are the values attach_values finds from those, and the check rejects what
    could differ."""
    from kg import attach
    from kg.resolve import article_groups, resolve

    contexts = _seed_contexts()
    docs = [c.doc for c in contexts]
    specs = [attach.article_values(c.doc, c.mentions, article_groups(c)) for c in contexts]
    monkeypatch.setattr(attach, "PARALLEL_VALUES_MIN_DOCUMENTS", 2)
    ahead = attach.Ahead(contexts)
    entities, relations = resolve(contexts)  # (while the worker finds them)
    assert ahead.result() == specs
    # asked at once, the chunks the worker has not begun are done here: the same values
    assert attach.Ahead(contexts).result() == specs
    stopped = attach.Ahead(contexts)  # resolution failed: the worker is stopped, nothing is kept
    stopped.close()
    assert stopped.ex is None and attach._AHEAD is None
    # the documents a memo holds with the same bytes are left to it
    memo = {d.id: (d.sha1, b"", ((), ())) for d in docs[1:]}
    held = attach.Ahead(contexts, memo)
    assert held.result() is None and held.todo == [0]  # (one document: not worth a process)
    plain, _ = attach.attach_values(docs, entities, relations, None, 1)
    memo = {}
    assert attach.attach_values(docs, entities, relations, memo, 1, specs)[0] == plain
    assert set(memo) == {d.id for d in docs}  # (the memo keeps every document, as without specs)
    by_doc = attach._mentions_by_doc(entities)
    found = [attach._checked(s, by_doc.get(d.id, [])) for d, s in zip(docs, specs, strict=True)]
    assert all(f is not None for f in found)  # the guess held for every document here
    assert any(s[1] for s in specs)  # some documents test two events' identity
    for d, f in zip(docs, found, strict=True):
        assert f == attach._doc_values(d, by_doc.get(d.id, []))
    # a wrong guess is found out: another answer to one identity test, or another mention
    n = next(i for i, s in enumerate(specs) if s[1])
    marks, trace, qs, ds = specs[n]
    (i, j, equal), *rest = trace
    wrong = (marks, ((i, j, not equal), *rest), qs, ds)
    assert attach._checked(wrong, by_doc[docs[n].id]) is None
    moved = ((marks[0][0] + 1, *marks[0][1:]), *marks[1:])
    assert attach._checked((moved, trace, qs, ds), by_doc[docs[n].id]) is None
    # and then the document's values are found again, the same
    bad = list(specs)
    bad[n] = wrong
    assert attach.attach_values(docs, entities, relations, None, 1, bad)[0] == plain


def test_evidence_found_with_the_extraction_gives_the_same_relations() -> None:
    from kg.resolve import resolve

    contexts = _seed_contexts()
    assert all(len(c.derived["evidence"]) == len(c.candidates) for c in contexts)
    with_derived = resolve(contexts)
    for c in contexts:
        c.derived.clear()
    assert resolve(contexts) == with_derived
