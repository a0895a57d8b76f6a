# Sourced by CLI tests: builds an engagement whose issuance check is clean but for finalising.
# make_clean_engagement WB [LEAVE_UNDECIDED [STOP]]: team lead1 (lead), alice (staff), rita (reviewer), quinn (quality
# reviewer), each with a registered member key (tests/cli/keys.sh; passphrase "pass-NAME"); a statement deciding every item of the
# catalog (5.1.1 in scope, every other item out of scope with a reason); 5.1.1's steps done with no exception,
# prepared by alice and reviewed by rita; the engagement signed off by lead1, then quinn. The caller finalises
# (ismapctl_signed finalise WB --as lead1).
# LEAVE_UNDECIDED: an item left out of the statement (undecided); STOP: "last-step" leaves 5.1.1's last step without a
# result and nothing signed, "signoff" records every result but signs nothing.
export ISMAP_KEY_DIR=${ISMAP_KEY_DIR:-$(mktemp -d)}
# shellcheck source=keys.sh
source "$SOURCE_DIR/tests/cli/keys.sh"
make_clean_engagement() {
    local wb=$1 undecided=${2:-} stop=${3:-} dir
    dir=$(dirname "$wb")
    "$ISMAPCTL" new "$wb" --csp "Example CSP" --service "Cloud" --period 2025-04-01..2026-03-31 \
        --firm "Example Audit LLC" >/dev/null
    "$ISMAPCTL" team add "$wb" lead1 --role lead >/dev/null
    "$ISMAPCTL" team add "$wb" alice --role staff --as lead1 >/dev/null
    "$ISMAPCTL" team add "$wb" rita --role reviewer --as lead1 >/dev/null
    "$ISMAPCTL" team add "$wb" quinn --role quality_reviewer --as lead1 >/dev/null
    give_keys "$wb" lead1 lead1 alice rita quinn
    "$ISMAPCTL" catalog list "$wb" --json | /usr/bin/python3 -c '
import json, sys
items = [i for i in json.load(sys.stdin)["items"] if i["level"] in ("objective", "detailed") and not i["retired_in"]
         and i["id"] != sys.argv[1]]
print("管理策番号,採否,非採用理由,実施内容,頻度,母集団")
for i in items:
    if i["id"] == "5.1.1":
        print("5.1.1,○,,情報セキュリティのための方針群を定めている。,年次,1")
    else:
        print(i["id"] + ",×,対象のサービスでは該当しない,,,")
' "$undecided" >"$dir/clean-statement.csv"
    "$ISMAPCTL" statement import "$wb" "$dir/clean-statement.csv" --as lead1 >/dev/null
    "$ISMAPCTL" steps generate "$wb" --as lead1 >/dev/null
    local n seq
    n=$("$ISMAPCTL" steps list "$wb" 5.1.1 --json | /usr/bin/python3 -c 'import json,sys; print(len(json.load(sys.stdin)["steps"]))')
    [ "$stop" = last-step ] && n=$((n - 1))
    for seq in $(seq 1 "$n"); do
        "$ISMAPCTL" step set "$wb" 5.1.1 "$seq" --result no_exception --notes "inspected" --as alice >/dev/null
    done
    [ -z "$stop" ] || return 0
    ismapctl_signed signoff "$wb" 5.1.1 --as alice >/dev/null
    ismapctl_signed signoff "$wb" 5.1.1 --as rita >/dev/null
    ismapctl_signed signoff "$wb" --engagement --as lead1 >/dev/null
    ismapctl_signed signoff "$wb" --engagement --as quinn >/dev/null
}
