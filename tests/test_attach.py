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
