#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

namespace ismap {

/** Incremental SHA-256 over OpenSSL's EVP interface; hex digests in lower case. */
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void add(const char* data, qint64 size);
    void add(const QByteArray& data) { add(data.constData(), data.size()); }
    /// Finishes and returns the 32-byte digest; the object is reset for reuse.
    QByteArray digest();
    QString hexDigest() { return QString::fromLatin1(digest().toHex()); }

    static QString hex(const QByteArray& data);
    static QString hex(const char* data, qint64 size);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ismap
