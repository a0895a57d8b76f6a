#!/usr/bin/env bash
# ismapctl speaks the user's language: with ISMAP_LANG=ja every command's --help (summary, options, arguments)
# and the command list are Japanese; with ISMAP_LANG=en they are English. A string lupdate cannot see (a helper
# other than CliText::tr) stays English under ja and fails here, naming the command and the line.
set -euo pipefail
: "${ISMAPCTL:?}"
export LC_ALL=C.UTF-8
fail=0
commands=$(ISMAP_LANG=en "$ISMAPCTL" --help | sed -n 's/^  \([a-z][a-z-]*\( [a-z][a-z-]*\)\?\)  .*/\1/p')
count=$(printf '%s\n' "$commands" | wc -l)
[ "$count" -ge 30 ] || { echo "FAIL: only $count commands listed by ismapctl --help"; exit 1; }

# A description (text after the option or argument name) without one Japanese character is untranslated.
untranslated() { # $1 = help text; prints offending lines
  printf '%s\n' "$1" | awk '
    /^(オプション|引数):/ { section = 1; next }
    /^[^ ]/ { section = 0 }
    section && /^  [^ ]/ {
      line = $0; sub(/^  [^ ].*[^ ]  +/, "", line)
      if (line == $0) next                  # a name without a description on this line
      if (line !~ /[^\001-\177]/) print $0
    }'
}

while IFS= read -r cmd; do
  # shellcheck disable=SC2086
  ja=$(ISMAP_LANG=ja "$ISMAPCTL" $cmd --help)
  # shellcheck disable=SC2086
  en=$(ISMAP_LANG=en "$ISMAPCTL" $cmd --help)
  # Here-strings, not pipes: under pipefail a grep -q that stops early can kill the writer with SIGPIPE and make a
  # passing check fail at random.
  if ! grep -q '^使用方法: ismapctl ' <<<"$(sed -n 1p <<<"$ja")"; then
    echo "FAIL: '$cmd --help' under ja does not start with 使用方法:"; fail=1
  fi
  if ! grep -qP "^\Q$cmd\E: .*[^\x00-\x7f]" <<<"$(sed -n 2p <<<"$ja")"; then
    echo "FAIL: '$cmd --help' under ja: summary line is not Japanese: $(printf '%s\n' "$ja" | sed -n 2p)"; fail=1
  fi
  bad=$(untranslated "$ja")
  if [ -n "$bad" ]; then
    echo "FAIL: '$cmd --help' under ja has English descriptions:"; printf '    %s\n' "$bad"; fail=1
  fi
  # English help may quote the Japanese names of documents (言明書, 実施結果報告書, 令和7年度) and use an ellipsis, nothing else.
  if ! grep -q '^Options:' <<<"$en" \
     || grep -qP '[^\x00-\x7f]' <<<"$(sed -E 's/言明書|実施結果報告書|令和[0-9]*年度|…//g' <<<"$en")"; then
    echo "FAIL: '$cmd --help' under en is not English"; fail=1
  fi
done <<< "$commands"

ja_list=$(ISMAP_LANG=ja "$ISMAPCTL" --help)
grep -q '^コマンド:' <<<"$ja_list" || { echo "FAIL: ismapctl --help under ja has no コマンド: heading"; fail=1; }
[ "$fail" -eq 0 ] && echo "cli language: $count commands, --help Japanese under ja and English under en"
exit "$fail"
