# Sourced by the CLI tests whose members sign (issue 14): member keys in the test's own key folder (set ISMAP_KEY_DIR
# to a folder under the test's temporary directory before sourcing), passphrase "pass-NAME" (KEY_PASS_PREFIX replaces
# "pass-").
# give_keys WB LEAD NAME...   each NAME makes a key on "their machine" (ISMAP_KEY_DIR) and LEAD registers it.
# ismapctl_signed ARGS...     runs ismapctl; a command that signs (signoff, review sign-off, note resolve, finalise,
#                             unlock) gets the passphrase of its --as member on standard input.
: "${ISMAP_KEY_DIR:?set ISMAP_KEY_DIR to a key folder of the test}"
export ISMAP_KEY_DIR
give_keys() {
    local wb=$1 lead=$2 m
    shift 2
    for m in "$@"; do
        [ -e "$ISMAP_KEY_DIR/$m.key.pem" ] ||
            "$ISMAPCTL" member key create --as "$m" --passphrase-stdin <<<"${KEY_PASS_PREFIX:-pass-}$m" >/dev/null
        "$ISMAPCTL" member key register "$wb" --member "$m" --public-key "$ISMAP_KEY_DIR/$m.pub.pem" --as "$lead" >/dev/null
    done
}
ismapctl_signed() {
    local as="" prev="" a
    for a in "$@"; do
        [ "$prev" = "--as" ] && as=$a
        prev=$a
    done
    case "$1 ${2:-}" in
    signoff* | finalise* | unlock* | "note resolve" | "review sign-off" | "review unlock" | "review finalise")
        if [ -n "$as" ]; then
            "$ISMAPCTL" "$@" --passphrase-stdin <<<"${KEY_PASS_PREFIX:-pass-}$as"
            return
        fi
        ;;
    esac
    "$ISMAPCTL" "$@"
}
