"""The parameters of a content line (`;TYPE=work;ENCODING=QUOTED-PRINTABLE`): quoted values that
may hold separators, RFC 6868 caret escapes, vCard 2.1 bare parameters, and the value's encoding.
Linear scans with str.find; no regex.
"""

from __future__ import annotations

# Encodings a vCard 2.1 line may name without "ENCODING=".
BARE_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})


def _split_outside_quotes(text: str, sep: str) -> list[str]:
    """Split on `sep` except inside double quotes; an unterminated quote runs to the end."""
    if '"' not in text:
        return text.split(sep)
    parts: list[str] = []
    start = i = 0
    cut = text.find(sep)
    while cut >= 0:
        quote = text.find('"', i, cut)
        if quote < 0:
            parts.append(text[start:cut])
            start = i = cut + 1
            cut = text.find(sep, i)
            continue
        close = text.find('"', quote + 1)
        if close < 0:
            break
        i = close + 1
        if cut < i:
            cut = text.find(sep, i)
    parts.append(text[start:])
    return parts


def parse_params(text: str, params: dict[str, list[str]]) -> None:
    for raw in _split_outside_quotes(text, ";"):
        item = raw.strip()
        if not item:
            continue  # empty parameter (Outlook's "PREF;:")
        eq = item.find("=")
        if eq < 0:  # vCard 2.1 bare parameter: TYPE value or encoding
            upper = item.upper()
            key = "ENCODING" if upper in BARE_ENCODINGS else "TYPE"
            params.setdefault(key, []).append(item)
            continue
        key = item[:eq].strip().upper()
        values = [v.strip().strip('"') for v in _split_outside_quotes(item[eq + 1 :], ",")]
        if key == "TYPE" and any("," in v for v in values):  # 4.0 writes TYPE="voice,cell"
            values = [t.strip() for v in values for t in v.split(",")]
        values = [_uncaret(v) if "^" in v else v for v in values if v]
        if values:  # an empty value (CHARSET=) counts as absent
            params.setdefault(key, []).extend(values)


_CARETS = {"^^": "^", "^n": "\n", "^N": "\n", "^'": '"'}


def _uncaret(value: str) -> str:
    """RFC 6868 parameter escapes: ^n newline, ^' double quote, ^^ caret; others stay."""
    out: list[str] = []
    i = 0
    while (j := value.find("^", i)) >= 0:
        pair = value[j : j + 2]
        out.append(value[i:j] + _CARETS.get(pair, pair))
        i = j + 2
    out.append(value[i:])
    return "".join(out)


def encoding_of(params: dict[str, list[str]]) -> str:
    enc = params.get("ENCODING")
    if enc:
        upper = enc[0].upper()
        if upper == "QUOTED-PRINTABLE":
            return "QP"
        if upper in ("B", "BASE64"):
            return "B64"
    return ""
