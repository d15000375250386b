# keyword lists and the tokenize module on a fixed source string.
import keyword, tokenize, io, token
print(len(keyword.kwlist), keyword.kwlist[:6], keyword.iskeyword("match"), keyword.issoftkeyword("match"), keyword.softkwlist)
print([w for w in ["if", "If", "None", "print", "async", "await", "_"] if keyword.iskeyword(w)])
src = "x = 1 + 2.5  # comment\nif x:\n    print('hi', f\"{x}\")\n"
for tok in tokenize.generate_tokens(io.StringIO(src).readline):
    print(tokenize.tok_name[tok.type], repr(tok.string), tok.start, tok.end)
print(token.tok_name[token.NAME], token.tok_name[token.OP], token.tok_name[token.NUMBER], token.ISTERMINAL(token.NAME), token.EXACT_TOKEN_TYPES["+"] == token.PLUS)
try:
    list(tokenize.generate_tokens(io.StringIO("(\n").readline))
except tokenize.TokenError as e:
    print("TokenError", e.args)
