"""Organisations: government bodies, companies, institutions and zones, by name structure."""

from __future__ import annotations

import re

from ..lexicon import (
    BUREAU_CORES,
    CENTRAL_BODIES,
    COMPANY_SUFFIXES,
    EVENT_HEADS,
    GOV_HEADS,
    INSTITUTION_HEADS,
    PARTY_ORGANS,
    TITLES,
    ZONE_HEADS,
)
from ..registry import extractor
from .base import (
    COMPANY_STOPS,
    PUNCT,
    STOP_WORDS,
    Context,
    extend_left,
    strip_leading_verbs,
    tag,
    tokens,
    word_freq,
)

_CORES = "|".join(map(re.escape, BUREAU_CORES))
_ORGANS = "|".join(PARTY_ORGANS)
# What may follow a place name to make a government body.
_BODY_AFTER_PLACE = re.compile(
    rf"(?:委(?:{_ORGANS})?|纪委监委|纪委|监委|人民政府|政府|人大常委会|人大|政协|(?:{_ORGANS})"
    rf"|(?:{_CORES})(?:局|厅|委员会|委|办公室|办|中心|服务中心|总站|站)"
    # a body of the place whose field is not in the closed list: 海城市菱镁产业发展服务中心
    rf"|[\u4e00-\u9fff]{{2,10}}?(?:服务中心|发展中心|事务中心|管理局|管理委员会|委员会|办公室))"
)
# A bare 市/省/县 prefix stands for the article's own city or province (市农业农村局).
_BARE_BODY = re.compile(
    rf"(市|省|县)(委(?:{_ORGANS})?|纪委监委|政府|(?:{_CORES})(?:局|厅|委员会|委|办公室|办|中心))"
)
_CENTRAL = re.compile("|".join(sorted(map(re.escape, CENTRAL_BODIES), key=len, reverse=True)))
_COMPANY = re.compile("|".join(sorted(map(re.escape, COMPANY_SUFFIXES), key=len, reverse=True)))
_INSTITUTION = re.compile("|".join(sorted(map(re.escape, INSTITUTION_HEADS), key=len, reverse=True)))
_ZONE = re.compile("|".join(sorted(map(re.escape, ZONE_HEADS), key=len, reverse=True)))
_GENERIC_CORE = {
    # kinds of bank and cooperative (商业银行, 村镇银行, 农民专业合作社, 村办合作社)
    "商业",
    "政策性",
    "村镇",
    "股份制",
    "开发性",
    "农村商业",
    "中央",
    "村办",
    "农民专业",
    "农民",
    "专业",
    "村集体",
    "子",
    "分",
    "该",
    "本",
    "母",
    "总",
    "贵",
    "我",
    "全",
    "各",
    "这家",
    "一家",
    "这",
    "其",
    "控股",
    "上市",
    "国有",
    "民营",
    "外资",
    "龙头",
    "骨干",
    "物流",
    "自来水",
    "运输",
    "一个",
    "大",
    "小",
}


def _prev_is_boundary(ctx: Context, pos: int) -> bool:
    if pos == 0:
        return True
    ch = ctx.view[pos - 1]
    if ch in PUNCT or ch.isspace() or ch in "“”‘’《》()（）":
        return True
    words = tokens(ctx.view[max(0, pos - 4) : pos])
    return bool(words) and words[-1] in STOP_WORDS


@extractor("government-bodies", order=20)
def extract_bodies(ctx: Context) -> None:
    view = ctx.view
    gaz = ctx.gaz
    places = [m for m in ctx.mentions if m.code and m.rule != "place.home-reference"]
    for p in places:
        m = _BODY_AFTER_PLACE.match(view, p.vend)
        if not m:
            continue
        vs = p.vstart
        if view[max(0, vs - 2) : vs] == "中共":
            vs -= 2
        label = ""
        organ = m.group()
        if organ in PARTY_ORGANS:  # 铁岭市组织部 is the party committee's department
            label = view[p.vstart : p.vend] + "委" + organ
        if p.rule == "place.short":  # 辽宁省委 rather than 辽宁委
            pass
        body = ctx.add(vs, m.end(), "GovernmentBody", "body.place-prefix", 0.9, label=label)
        if body:
            ctx.relate("locatedIn", body, p, "locatedIn.name", 0.85)
            # 铁岭市委常委会 / 铁岭市委组织部 are parts of the party committee 铁岭市委
            if organ.startswith("委") and len(organ) > 1:
                committee = ctx.add(vs, p.vend + 1, "GovernmentBody", "body.party-committee", 0.85)
                committee = committee or next(
                    x
                    for x in ctx.mentions
                    if x.vstart == vs and x.vend == p.vend + 1 and x.type == "GovernmentBody"
                )
                ctx.relate("partOf", body, committee, "partOf.party-organ", 0.8)
    for m in _BARE_BODY.finditer(view):
        if not _prev_is_boundary(ctx, m.start()):
            continue
        level = m.group(1)
        code = ctx.home_province if level == "省" else ctx.home_city if level == "市" else ""
        if not code:
            continue
        place = gaz.by_code[code]
        label = place.name + m.group(2)
        if m.group(2) in PARTY_ORGANS:
            label = place.name + "委" + m.group(2)
        body = ctx.add(
            m.start(),
            m.end(),
            "GovernmentBody",
            "body.home-prefix",
            0.8,
            label=label,
            code="",
            parent_code=code,
        )
        if body:
            # the bare 市/省 stands for the article's city/province: a mention of it, with its evidence
            ref = ctx.add(
                m.start(),
                m.start() + 1,
                place.cls,
                "place.home-prefix",
                0.7,
                label=place.name,
                code=code,
                parent_code=place.parent,
            )
            ctx.relate("locatedIn", body, ref, "locatedIn.name", 0.8)
    for m in _CENTRAL.finditer(view):
        if (
            m.start() > 0
            and view[m.start() - 1] in "省市县区"
            or view[m.end() : m.end() + 1] in ("门", "分", "长")
        ):
            continue  # 司法部门 is a department, not the Ministry of Justice
        ctx.add(m.start(), m.end(), "GovernmentBody", "body.central-list", 0.95)


def _name_before(
    ctx: Context, head_start: int, head_end: int, min_core: int = 2, quotes: bool = False, stops=STOP_WORDS
) -> tuple[int, int] | None:
    vs = extend_left(ctx, head_start, quotes=quotes, stops=stops)
    vs = strip_leading_verbs(ctx, vs, head_start)
    core = ctx.view[vs:head_start]
    if len(re.sub(r"[“”‘’()（）]", "", core)) < min_core:
        return None
    return vs, head_end


# the plain stop words, a set of its own so that extend_left does not also stop at name-introducing
# verbs inside a word (中国能源建设集团)
_PARENT_STOPS = STOP_WORDS | frozenset({"之一"})
_INNER_SUFFIX = re.compile(r".*(?:有限责任公司|股份有限公司|有限公司|集团)")  # greedy: the last one


def _joiner_cut(core: str) -> int:
    """The offset of the last joiner (与, 和, 同) that is a word of its own in core, else -1
    (同 inside 蔡同德 is part of the name)."""
    k, cut = 0, -1
    for w in tokens(core):
        if w in ("与", "和", "同"):
            cut = k
        k += len(w)
    return cut


@extractor("companies", order=30)
def extract_companies(ctx: Context) -> None:
    view = ctx.view
    for m in _COMPANY.finditer(view):
        hs, he = m.start(), m.end()
        # the word at the head must be the suffix itself (厂家, 公司法 are other words)
        nxt = tokens(view[hs : hs + 4])
        if nxt and len(nxt[0]) > he - hs and not nxt[0].startswith(m.group()):
            continue
        if nxt and nxt[0] in ("厂家", "厂区", "厂房", "公司法", "工厂化"):
            continue
        span = _name_before(ctx, hs, he, stops=COMPANY_STOPS)
        if not span:
            continue
        if view.startswith("集团", span[0]):
            # 中国能源建设集团辽宁电力…有限公司: the walk stopped inside the parent group's name
            # (at 建设); walk on without the name-introducing verbs
            vs = strip_leading_verbs(ctx, extend_left(ctx, span[0], stops=_PARENT_STOPS), span[0])
            if vs < span[0]:
                span = (vs, span[1])
        core = view[span[0] : hs]
        # 凤城蓝晶果业有限公司建起加工厂: a whole company name, then a verb, is not part of the name
        # (a branch keeps it: 国网辽宁省电力有限公司铁岭供电公司)
        inner = _INNER_SUFFIX.search(core)
        if inner and (rest := tokens(core[inner.end() :])) and tag(rest[0]).startswith("v"):
            vs = strip_leading_verbs(ctx, span[0] + inner.end(), hs)
            if hs - vs < 2:
                continue
            span = (vs, span[1])
            core = view[span[0] : hs]
        cut = _joiner_cut(core)
        if 0 <= cut < len(core) - 2:  # 新兴村与上海鲜达果品有限公司: the company starts after the joiner
            span = (span[0] + cut + 1, span[1])
        # 海城市牛庄镇鞍山恒润镁业新材料有限公司: a town in front is where it is, not its name
        towns = [
            t for t in ctx.mentions if t.type in ("Town", "Village") and span[0] <= t.vstart and t.vend < hs
        ]
        town = None
        if towns:
            town = max(towns, key=lambda t: t.vend)
            span = (town.vend, span[1])
        core = view[span[0] : hs]
        if core in _GENERIC_CORE or tag(core)[:1] in ("v", "t", "d", "r") or core[-1] in "家个批和与及":
            continue
        if re.match(r"(国家级|省级|市级|县级)|.*年度", core) or re.search(r"(绿色|智能|示范|数字化)$", core):
            continue  # 国家级绿色工厂 is a designation, not a factory
        if re.search(r"\d+(?:个|家|项|批)", core):
            continue  # 2个项目银行: a count, not a name
        if m.group().endswith("合作社") and not any(
            p.vstart >= span[0] and p.vend <= hs and (p.code or p.type in ("Town", "Village"))
            for p in ctx.mentions
        ):
            continue  # an unnamed cooperative (发挥好专业合作社); a named one carries its place
        if any(b.type == "GovernmentBody" and b.vend == he and b.vstart <= span[0] for b in ctx.mentions):
            continue  # 中国人民银行 is a state organ
        co = ctx.add(span[0], span[1], "Company", "company.suffix", 0.85)
        if co and town is not None:
            ctx.relate("locatedIn", co, town, "locatedIn.town-prefix", 0.75)


# after a list, what its items are: 等一批国家级龙头企业, 等央企、名企, 等5家企业
_COMPANY_LIST_TAIL = re.compile(
    r"等(?!地)(?:一批|多家|[\d一二三四五六七八九十几]+家)?[^，。,；;、的]{0,14}?(?:企业|央企|名企|国企|民企|公司|集团|品牌|商家|超市|老字号)"
)
_CLAUSE = re.compile(r"[^，。,；;：:！!？?\n]+")
_ITEM_OK = re.compile(r"[\u4e00-\u9fffA-Za-z0-9()（）·]+")
_NOT_A_FIRM = re.compile(
    "(?:"
    + "|".join(sorted(map(re.escape, GOV_HEADS), key=len, reverse=True))
    + r")$|^.{0,2}企$|"
    + "|".join(sorted(map(re.escape, TITLES), key=len, reverse=True))
)
_LIST_FIRST_STOP = COMPANY_STOPS | frozenset({"企业", "公司", "品牌", "商家", "会上", "其中"})


def _first_item_start(ctx: Context, vs: int, ve: int) -> int:
    """Where the first item of a list begins inside view[vs:ve]: after the last verb, function word or
    descriptor (吸引大庄园, 引进了国电集团, 制药企业宏济堂)."""
    words = tokens(ctx.view[vs:ve])
    pos = ve
    for w in reversed(words):
        if (
            w in _LIST_FIRST_STOP
            or w.endswith("企业")
            or (tag(w)[:1] in ("v", "a") and len(w) >= 2 and pos < ve)  # (超市 is tagged a verb)
        ):
            break
        pos -= len(w)
    return pos


@extractor("company-lists", order=34)
def extract_listed_companies(ctx: Context) -> None:
    """A list of names with a company in it, or closed by 等…企业, is a list of companies
    (大庄园、元盛、华润等一批龙头企业; 招商局集团、华润集团、中科炼化、…)."""
    view = ctx.view
    if "、" not in view:
        return
    by_span = {(m.vstart, m.vend): m for m in ctx.mentions}
    for cl in _CLAUSE.finditer(view):
        cs, ce = cl.span()
        if "、" not in cl.group():
            continue
        tail = _COMPANY_LIST_TAIL.search(view, cs, ce)
        end = tail.start() if tail else ce
        seps = [i for i in range(cs, end) if view[i] == "、"]
        if not seps:
            continue
        bounds = [cs, *[i + 1 for i in seps]]
        items = []
        for k, b in enumerate(bounds):
            e = seps[k] if k < len(seps) else end
            if k == 0:
                b = _first_item_start(ctx, b, e)
            items.append((b, e))
        last_open = not tail  # without 等, the last item runs on into the clause: leave it out
        if last_open:
            items = items[:-1]
        known = sum(by_span.get((b, e)) is not None and by_span[(b, e)].type == "Company" for b, e in items)
        if not tail and known < max(2, len(items) / 2):
            continue  # an open list is one of firms when most of its items are known firms
        for b, e in items:
            name = view[b:e]
            if not (2 <= len(name) <= 12) or not _ITEM_OK.fullmatch(name):
                continue
            if any(m.vstart < e and b < m.vend and not m.code for m in ctx.mentions):
                continue  # already something else (a zone, a body, a company)
            words = tokens(name)
            if any(w in STOP_WORDS for w in words) or (
                len(words) == 1 and word_freq(name) > 0 and tag(name) not in ("nz", "nt", "nr", "ns", "j")
            ):
                continue  # 风电、光伏等企业: kinds of firm, not firms
            if name in ctx.gaz.full or name in ctx.gaz.short or _NOT_A_FIRM.search(name):
                continue  # 区政府, 区政协副主席, 央企: a body, a title or a kind of firm
            b = strip_leading_verbs(ctx, b, e)
            if e - b >= 2:
                ctx.add(b, e, "Company", "company.listed", 0.6)


_EVENT_WORDS = tuple(h for h in EVENT_HEADS if len(h) >= 3)
_INSTITUTION_STOPS = STOP_WORDS | frozenset({"据", "来自", "联合", "依托"})
_LEADING_DATE = re.compile(r"(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:上午|下午|晚)?")
_MEDIA_DATELINE = re.compile(
    r"(?m)^[ \t　]*([\u4e00-\u9fff]{2,8}?(?:网|在线|客户端|日报|晚报|电视台))"
    r"(?:·[\u4e00-\u9fff]{2,8})?(?:\d{1,2}月\d{1,2}日)?(?:讯|[\u4e00-\u9fff]{2,4}频道消息|消息)"
)


@extractor("institutions", order=31)
def extract_institutions(ctx: Context) -> None:
    view = ctx.view
    for m in _INSTITUTION.finditer(view):
        nxt = tokens(view[m.start() : m.end() + 3])
        if nxt and len(nxt[0]) > m.end() - m.start() and nxt[0].startswith(m.group()):
            continue  # 大学生 is not a university
        if any(view.startswith(e, m.start() - k) for k in (1, 2) for e in _EVENT_WORDS):
            continue  # 招商会 is a fair, not a chamber of commerce
        span = _name_before(ctx, m.start(), m.end(), stops=_INSTITUTION_STOPS)
        if not span:
            continue
        date = _LEADING_DATE.match(view, span[0], m.start())
        if date:  # 2018年6月15日上海市农科院: the date is the clause's
            span = (date.end(), span[1])
        core = view[span[0] : m.start()]
        if len(core) < 2 or tag(core) in ("v", "r", "m") or core in ("本", "该", "我", "这所", "各"):
            continue
        if any(c.type == "Company" and c.vstart < m.start() and m.end() < c.vend for c in ctx.mentions):
            continue  # …勘测设计院有限公司: part of a company's name, not an institution of its own
        ctx.add(span[0], span[1], "Institution", "institution.head", 0.8)
    # a dateline names the medium that published the article: 东北网5月22日讯, 中国网·滨海高新讯
    for m in _MEDIA_DATELINE.finditer(view):
        ctx.add(m.start(1), m.end(1), "Institution", "institution.dateline", 0.85)
    # 本报 is the newspaper that published the article
    # (a newspaper the article names, 据海南日报客户端, is that paper)
    papers = [
        m.surface
        for m in ctx.mentions
        if m.type == "Institution" and m.surface.endswith(("日报", "晚报")) and m.vstart < 300
    ]  # (in the byline, near the top)
    paper = papers[0] if papers else ctx.publisher
    for m in re.finditer("本报", view):
        ctx.add(m.start(), m.end(), "Institution", "institution.publisher", 0.9, label=paper)


_TITLE_CORE = re.compile(
    r"(?:上述|这些|该|各|全部|所有|其他|首批|新晋)?(?:国家级|省级|市级|县级|自治区级|国家|全国)"
)


_NEXT_ZONE = re.compile(r"、([\u4e00-\u9fff]{2,10}?(?:区|园|港|城))(?=[、和及与等，,。；;])")
_PREV_ZONE = re.compile(r"([\u4e00-\u9fff]{2,10}(?:区|园|港|城))、$")


def _coordinated_zones(ctx: Context) -> None:
    """空港物流加工区、泰达西区、滨海高新区: names coordinated with a zone, with a zone's last character,
    are zones too."""
    view = ctx.view
    todo = [m for m in ctx.mentions if m.type == "Zone"]
    while todo:
        z = todo.pop()
        cands = []
        nx = _NEXT_ZONE.match(view, z.vend)
        if nx:
            cands.append(nx.span(1))
        s_start, _ = ctx.sentence_bounds(z.vstart)
        pv = _PREV_ZONE.search(view, max(s_start, z.vstart - 12), z.vstart)
        if pv:
            vs = strip_leading_verbs(ctx, extend_left(ctx, pv.end(1)), pv.end(1))
            cands.append((vs, pv.end(1)))
        for vs, ve in cands:
            if ve - vs < 3 or any(m.vstart < ve and vs < m.vend and not m.code for m in ctx.mentions):
                continue
            words = tokens(view[vs:ve])
            if any(w in STOP_WORDS for w in words) or view[vs:ve] in ctx.gaz.full:
                continue
            new = ctx.add(vs, ve, "Zone", "zone.coordinated", 0.6)
            if new:
                todo.append(new)


# heads that also make everyday phrases (主题公园, 自然保护区): the name before them must be specific
_WEAK_ZONE_HEADS = frozenset(
    "公园 郊野公园 湿地公园 森林公园 示范园 保护区 步行街 加工区 度假区 旅游区 工业区 经济区 商务区 景区 园区".split()
)


def _zone_without_place(ctx: Context, z) -> None:
    """桓仁满族自治县五女山风景区: the name also stands without the county in front (an alias)."""
    for p in ctx.mentions:
        if p.code and p.vstart == z.vstart and p.vend < z.vend - 3 and p.surface in ctx.gaz.full:
            ctx.add(p.vend, z.vend, "Zone", "zone.without-place", 0.7)


_PROJECT_COUNT = re.compile(r"(?:共|有)?[\d一二三四五六七八九十百]+个")


@extractor("zones", order=32)
def extract_zones(ctx: Context) -> None:
    view = ctx.view
    for m in _ZONE.finditer(view):
        hs, he = m.start(), m.end()
        if (
            view.startswith("项目", he)
            and not _PROJECT_COUNT.match(view, he + 2)
            or view.startswith("建设", he)
            and view.startswith("项目", he + 2)
        ):
            continue  # 尼尔科达家居产业园项目 is a project, not a zone (but 武汉新城鄂州片区项目48个 counts a zone's)
        # a 管委会 after the zone makes a government body (银州经济开发区管委会)
        span = _name_before(ctx, hs, he)
        if not span:
            continue
        core = view[span[0] : hs]
        if core in (
            "各",
            "该",
            "全",
            "本",
            "新",
            "工业",
            "化工",
            "产业",
            "重点",
            "省级",
            "国家级",
            "所在地",
            "当地",
            "本地",
            "周边",
            "相关",
            "附近",
            "各类",
            "全市",
            "全省",
            "全县",
        ) or tag(core) in ("v", "r", "m", "a"):
            continue
        if any(p.code and p.vstart == span[0] and p.vend == he for p in ctx.mentions):
            continue  # 滨海新区 is a district of the national list
        if core[-1] in "和与及" or core.startswith(("以上", "上述", "以下", "这些", "其他", "相关")):
            continue  # 村和景区, 以上旅游景区: not a name
        if _TITLE_CORE.match(core):
            continue  # 上述国家级经济技术开发区, 省级开发区: the title, not a zone (designations decide)
        if re.search(r"\d+(家|个|处|座|名)|[“”‘’]", core):
            continue  # 新增4家国家4A级旅游景区 is a designation count, not a zone's name
        words = tokens(core)
        placed = any(
            (p.code or p.type in ("Town", "Village")) and p.vstart >= span[0] and p.vend < hs
            for p in ctx.mentions
        )  # 哈达铺镇扶贫产业园: after a place, a verb is the zone's purpose, not a clause
        if any(
            tag(w) == "v" and (len(w) > 1 or w in ("进", "建", "到")) and not (placed and word_freq(w) < 2000)
            for w in words
        ) or (len(words) == 1 and word_freq(words[0]) > 3000 and tag(words[0]) not in ("ns", "nz", "nr")):
            continue  # 所在地工业园区, 干部深入园区: a clause or a generic word, not a zone's name
        if re.search(r"\d+[亩万千吨平]", core) or (
            m.group() in _WEAK_ZONE_HEADS
            and len(words) == 1
            and tag(words[0]) not in ("ns", "nz", "nr", "j")
            and word_freq(words[0]) >= 100
            and not any(p.code and p.vstart >= span[0] for p in ctx.mentions if p.vend <= hs)
        ):
            continue  # 口袋公园, 主题公园: a kind of park; 土地200亩建设…示范园: a clause
        z = ctx.add(span[0], he, "Zone", "zone.head", 0.8)
        if z:
            _zone_without_place(ctx, z)
        if z and view.startswith("管委会", he):
            ctx.add(span[0], he + 3, "GovernmentBody", "body.zone-committee", 0.85)
    _coordinated_zones(ctx)
    # 营口港 / 丹东港 / 鲅鱼圈港区: a port named after its place
    for p in [m for m in ctx.mentions if m.code and m.rule != "place.home-reference"]:
        mm = re.match(r"港(区)?(?![口务航湾澳台产城运])", view[p.vend : p.vend + 3])
        if mm:
            ctx.add(p.vstart, p.vend + mm.end(), "Zone", "zone.port", 0.75)
    # X、Y口岸: the head noun is shared by the coordinated names
    for m in re.finditer(r"、([\u4e00-\u9fff]{2,4}?)(口岸|港)(?![\u4e00-\u9fff])", view):
        s_start, _ = ctx.sentence_bounds(m.start())
        words = tokens(view[max(s_start, m.start() - 8) : m.start()])
        if words and len(words[-1]) >= 2:
            first = words[-1]
            ctx.add(
                m.start() - len(first), m.start(), "Zone", "zone.coordination", 0.6, label=first + m.group(2)
            )
