// libFuzzer harness: member key and signature parsing (MemberKey): an encrypted PKCS#8 private key, a PEM public
// key, a signature checked against a payload. The first byte picks what the rest is; nothing may crash, and a
// key that parses must verify only its own signatures.
#include "FuzzSupport.h"
#include "signing/MemberKey.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ismap::fuzz::ensureApp();
    if (size < 1)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    static const ismap::MemberKey fixed = ismap::MemberKey::generate();
    try {
        switch (data[0] % 3) {
        case 0: {
            const ismap::MemberKey k = ismap::MemberKey::fromEncryptedPem(bytes, "fuzz", QStringLiteral("fuzz.pem"));
            if (!k.hasPrivate() || k.fingerprint().size() != 64)
                std::abort();
            break;
        }
        case 1: {
            const ismap::MemberKey k = ismap::MemberKey::fromPublicPem(bytes, QStringLiteral("fuzz.pub"));
            if (k.hasPrivate() || k.fingerprint().size() != 64)
                std::abort();
            if (k.fingerprint() != fixed.fingerprint() && k.verify("payload", fixed.sign("payload")))
                std::abort(); // another key never verifies this key's signature
            break;
        }
        default: {
            // A signature (first 64 bytes, base64 or raw) over the rest as payload, against the fixed key.
            const QByteArray sig = QByteArray::fromBase64(bytes.left(88));
            const QByteArray payload = bytes.mid(88);
            if (fixed.verify(payload, sig) && fixed.sign(payload) != sig)
                std::abort(); // Ed25519 signatures are deterministic: only the one signature verifies
            break;
        }
        }
    } catch (const ismap::AuditError&) { }
    return 0;
}
