#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace ismap {

class Pkcs12;

/** What the signature dictionary says besides the signature itself (all optional). */
struct SignatureInfo
{
    QString name; ///< /Name: who signs; empty = the certificate's common name
    QString reason; ///< /Reason, e.g. "ISMAP 実施結果報告書 / audit report"
    QString location; ///< /Location, e.g. "Tokyo"
    QString contactInfo; ///< /ContactInfo
    QDateTime signingTime; ///< /M; invalid = Clock::now()
};

/**
 * Signs a finished PDF (PAdES baseline B): appends an incremental update with an invisible signature
 * field on the last page, /SubFilter /ETSI.CAdES.detached, a detached CMS over SHA-256 with
 * signingCertificateV2 and the PKCS#12's chain, and a /ByteRange covering the whole file except /Contents.
 * The original bytes are kept unchanged in front of the update.
 *
 * Usage (e.g. from the report):
 *   const Pkcs12 id = Pkcs12::load(p12Path, passphrase);
 *   signPdfFile(unsignedPath, outPath, id, {QStringLiteral("..."), reason, location});
 */
class PadesSigner
{
    Q_DECLARE_TR_FUNCTIONS(PadesSigner)
public:
    /// Returns the signed file. @p displayName names the input in messages. Throws AuditError.
    static QByteArray sign(const QByteArray& pdf, const Pkcs12& identity, const SignatureInfo& info,
                           const QString& displayName = {});
};

/// Reads @p inPath, signs it and writes @p outPath atomically (no file at @p outPath on any error).
void signPdfFile(const QString& inPath, const QString& outPath, const Pkcs12& identity, const SignatureInfo& info);

/// Reads a whole input file for signing or verification (bounded to @p maxBytes). Throws AuditError(Io).
QByteArray readPdfFile(const QString& path, qint64 maxBytes = qint64(2) * 1024 * 1024 * 1024 - 1);

/// Writes @p bytes to @p path through QSaveFile: either the complete file appears or nothing does.
void writeFileAtomically(const QString& path, const QByteArray& bytes);

} // namespace ismap
