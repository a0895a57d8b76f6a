// The .ismapsync change package (team sync foundation, issue 15): written to FILE.part and renamed, read back in one
// pass with evidence streamed to a sink; truncated, tampered (any byte), reordered, dropped, replayed and unsigned
// packages are refused with an error that says what is wrong.
#include "Ed25519TestKey.h"
#include "TestSupport.h"
#include "common/Sha256.h"
#include "database/Database.h"
#include "sync/Changeset.h"
#include "sync/SyncPackage.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

using namespace ismap;
using namespace ismap::sync;

namespace {

TrailRowRecord trailRow(const QString& replica, qint64 seq, const QString& prev, const QByteArray& row)
{
    Sha256 h;
    h.add(prev.toLatin1());
    h.add(row);
    return { replica, seq, prev, h.hexDigest(), row };
}

QByteArray sha(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

/// The sections of a package file as (offset, length including type and length fields).
QList<QPair<qsizetype, qsizetype>> sections(const QByteArray& file)
{
    QList<QPair<qsizetype, qsizetype>> out;
    for (qsizetype pos = 12; pos + 9 <= file.size();) {
        const auto length = qsizetype(qFromBigEndian<quint64>(file.constData() + pos + 1));
        out.append({ pos, 9 + length });
        pos += 9 + length;
    }
    return out;
}

char typeAt(const QByteArray& file, const QPair<qsizetype, qsizetype>& s)
{
    return file.at(s.first);
}

} // namespace

class TestSyncPackage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::Ed25519TestKey m_key;
    QByteArray m_changeset;
    QByteArray m_big;
    QList<TrailRowRecord> m_rows;

    SyncHeader header() const
    {
        return { QStringLiteral("6f1c2a4e-engagement"), QStringLiteral("r-ta"), QStringLiteral("staff1"),
                 m_key.fingerprint(), QStringLiteral("2026-12-06T10:00:00Z") };
    }

    SyncPackageReader::Verifier verifier(const test::Ed25519TestKey& key) const
    {
        return [&key](const SyncHeader& h, QByteArrayView digest, QByteArrayView signature) {
            return h.keyFingerprint == key.fingerprint() && key.verify(digest, signature);
        };
    }

    /// Writes the sample package; @p withBig adds 2.5 MiB of evidence (more than two chunks).
    QString write(const QString& name, bool withBig = true)
    {
        const QString path = m_dir.filePath(name);
        SyncPackageWriter w(path, header(), [this](QByteArrayView d) { return m_key.sign(d); });
        w.addChangeset({ QStringLiteral("r-ta"), 1, 3, m_changeset });
        w.addChangeset({ QStringLiteral("r-ta"), 4, 4, QByteArray() });
        w.addChangeset({ QStringLiteral("r-lead"), 1, 1, m_changeset });
        for (const TrailRowRecord& r : m_rows)
            w.addTrailRow(r);
        const QByteArray small = QByteArrayLiteral("minutes of the access review meeting");
        QBuffer smallBuf;
        smallBuf.setData(small);
        smallBuf.open(QIODevice::ReadOnly);
        w.addEvidence(smallBuf, sha(small), small.size());
        if (withBig) {
            QBuffer bigBuf(&m_big);
            bigBuf.open(QIODevice::ReadOnly);
            w.addEvidence(bigBuf, sha(m_big), m_big.size());
        }
        w.finish();
        return path;
    }

    /// Reads @p bytes as a package and returns the error message (empty when it was accepted).
    QString refusal(const QByteArray& bytes, EvidenceSink* sink = nullptr)
    {
        QBuffer buf;
        buf.setData(bytes);
        buf.open(QIODevice::ReadOnly);
        SyncPackageReader::Visitor visit;
        visit.evidence = sink;
        try {
            SyncPackageReader::read(buf, QStringLiteral("p.ismapsync"), verifier(m_key), visit);
            return {};
        } catch (const AuditError& e) {
            return e.message();
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Database db;
        db.open(m_dir.filePath(QStringLiteral("scratch.db")), true);
        db.exec("CREATE TABLE finding (id INTEGER PRIMARY KEY, ref TEXT, title TEXT)");
        ChangeCapture c(db, { QStringLiteral("finding") });
        db.exec("INSERT INTO finding VALUES (1, 'F-TA-001', 'access not reviewed')");
        m_changeset = c.changeset();
        QVERIFY(!m_changeset.isEmpty());
        m_big.resize(2 * 1024 * 1024 + 512 * 1024);
        QRandomGenerator gen(15);
        gen.fillRange(reinterpret_cast<quint32*>(m_big.data()), m_big.size() / 4);
        QString prev(64, u'0');
        for (int seq = 1; seq <= 3; ++seq) {
            m_rows.append(trailRow(QStringLiteral("r-ta"), seq, prev,
                                   QStringLiteral("[\"%1\",\"staff1\",\"step.result\"]").arg(seq).toUtf8()));
            prev = m_rows.last().hash;
        }
    }

    void roundTrip()
    {
        const QString path = write(QStringLiteral("round.ismapsync"));
        QVERIFY(QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        const QString folder = m_dir.filePath(QStringLiteral("vault"));
        QDir().mkpath(folder);
        EvidenceFolderSink sink(folder);
        QList<ChangesetSection> changesets;
        QList<TrailRowRecord> rows;
        SyncHeader seen;
        SyncPackageReader::Visitor visit;
        visit.header = [&](const SyncHeader& h) {
            seen = h;
        };
        visit.changeset = [&](const ChangesetSection& c) {
            changesets.append(c);
        };
        visit.trailRow = [&](const TrailRowRecord& r) {
            rows.append(r);
        };
        visit.evidence = &sink;
        const SyncPackageSummary s = SyncPackageReader::read(path, verifier(m_key), visit);
        QCOMPARE(seen.engagementId, header().engagementId);
        QCOMPARE(s.header.member, QStringLiteral("staff1"));
        QCOMPARE(s.header.keyFingerprint, m_key.fingerprint());
        QCOMPARE(s.changesets, 3);
        QCOMPARE(changesets.size(), 3);
        QCOMPARE(changesets[0].changeset, m_changeset);
        QCOMPARE(changesets[2].replicaId, QStringLiteral("r-lead"));
        QCOMPARE(changesets[1].firstSeq, 4);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[2].hash, m_rows[2].hash);
        QCOMPARE(rows[1].row, m_rows[1].row);
        QCOMPARE(s.evidenceFiles, 2);
        QCOMPARE(s.evidenceBytes, m_big.size() + 36);
        QCOMPARE(test::fileBytes(sink.pathOf(sha(m_big))), m_big);
    }

    void unfinishedWriterLeavesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("unfinished.ismapsync"));
        {
            SyncPackageWriter w(path, header(), [this](QByteArrayView d) { return m_key.sign(d); });
            w.addChangeset({ QStringLiteral("r-ta"), 1, 1, m_changeset });
            QVERIFY(QFile::exists(path + QStringLiteral(".part")));
        }
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        SyncPackageWriter unsigned_(path, header(), [](QByteArrayView) { return QByteArray(); });
        QVERIFY_THROWS_EXCEPTION(AuditError, unsigned_.finish());
        QVERIFY(!QFile::exists(path));
    }

    void writerRefusesWhatTheReaderWould()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.ismapsync"));
        SyncPackageWriter w(path, header(), [this](QByteArrayView d) { return m_key.sign(d); });
        w.addTrailRow(m_rows[0]);
        QVERIFY_THROWS_EXCEPTION(AuditError, w.addChangeset({ QStringLiteral("r-ta"), 1, 1, {} })); // order
        QVERIFY_THROWS_EXCEPTION(AuditError, w.addTrailRow(m_rows[2])); // gap
        QByteArray other = "not the evidence";
        QBuffer buf(&other);
        buf.open(QIODevice::ReadOnly);
        QVERIFY_THROWS_EXCEPTION(AuditError, w.addEvidence(buf, sha("the evidence"), other.size()));
    }

    void everyFlippedByteIsRefused()
    {
        const QByteArray good = test::fileBytes(write(QStringLiteral("small.ismapsync"), false));
        QVERIFY(refusal(good).isEmpty());
        for (qsizetype i = 0; i < good.size(); ++i) {
            QByteArray bad = good;
            bad[i] = char(bad[i] ^ 0x01);
            QVERIFY2(!refusal(bad).isEmpty(), qPrintable(QStringLiteral("byte %1 of %2").arg(i).arg(good.size())));
        }
    }

    void everyTruncationIsRefused()
    {
        const QByteArray good = test::fileBytes(write(QStringLiteral("small.ismapsync"), false));
        for (qsizetype n = 0; n < good.size(); ++n)
            QVERIFY2(!refusal(good.left(n)).isEmpty(), qPrintable(QStringLiteral("%1 bytes").arg(n)));
        QVERIFY(refusal(good.left(good.size() - 70)).contains(QStringLiteral("truncated")));
    }

    void reorderedDroppedOrReplayedRefused()
    {
        const QByteArray good = test::fileBytes(write(QStringLiteral("small.ismapsync"), false));
        const auto s = sections(good);
        QCOMPARE(s.size(), 1 + 3 + 3 + 1 + 1);
        QCOMPARE(typeAt(good, s[4]), 'T');
        const auto part = [&](int i) {
            return good.mid(s[i].first, s[i].second);
        };
        const QByteArray start = good.left(12);
        QByteArray swapped = good;
        swapped.replace(s[3].first, s[3].second + s[4].second,
                        QByteArray(part(4) + part(3))); // trail row before a changeset
        QVERIFY2(refusal(swapped).contains(QStringLiteral("out of order")), qPrintable(refusal(swapped)));
        QByteArray dropped = good;
        dropped.remove(s[5].first, s[5].second); // the second trail row
        QVERIFY2(refusal(dropped).contains(QStringLiteral("does not follow row 1")), qPrintable(refusal(dropped)));
        QByteArray replayed = good;
        replayed.insert(s[2].first, part(1)); // changes 1–3 of r-ta again
        QVERIFY2(refusal(replayed).contains(QStringLiteral("repeated")), qPrintable(refusal(replayed)));
        QByteArray twice = good;
        twice.insert(s[7].first, part(7)); // the same evidence twice
        QVERIFY2(refusal(twice).contains(QStringLiteral("appears twice")), qPrintable(refusal(twice)));
        const QByteArray headerLater = QByteArray(start + part(1) + part(0) + good.mid(s[2].first));
        QVERIFY2(refusal(headerLater).contains(QStringLiteral("header")), qPrintable(refusal(headerLater)));
        QVERIFY2(refusal(good + part(8)).contains(QStringLiteral("after its signature")), "two signatures");
    }

    void unsignedOrForeignKeyRefused()
    {
        const QByteArray good = test::fileBytes(write(QStringLiteral("small.ismapsync"), false));
        const auto s = sections(good);
        QByteArray unsigned_ = good.left(s.last().first + 9 + 32); // the trailer keeps its digest, loses its signature
        qToBigEndian(quint64(32), unsigned_.data() + s.last().first + 1);
        QVERIFY2(refusal(unsigned_).contains(QStringLiteral("not signed")), qPrintable(refusal(unsigned_)));
        QVERIFY2(refusal(good.left(s.last().first)).contains(QStringLiteral("without its signature")), "no trailer");
        const test::Ed25519TestKey other;
        QBuffer buf;
        buf.setData(good);
        buf.open(QIODevice::ReadOnly);
        try {
            SyncPackageReader::read(buf, QStringLiteral("p"), verifier(other));
            QFAIL("a package signed by another key must be refused");
        } catch (const AuditError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("does not verify"))
                         && e.message().contains(QStringLiteral("staff1")),
                     qPrintable(e.message()));
        }
    }

    void tamperedEvidenceIsNamedAndDiscarded()
    {
        QByteArray bad = test::fileBytes(write(QStringLiteral("big.ismapsync")));
        const auto s = sections(bad);
        const auto big = s[s.size() - 2];
        bad[big.first + big.second / 2] = char(bad[big.first + big.second / 2] ^ 0x80);
        const QString folder = m_dir.filePath(QStringLiteral("tampered"));
        QDir().mkpath(folder);
        EvidenceFolderSink sink(folder);
        const QString why = refusal(bad, &sink);
        QVERIFY2(why.contains(QString::fromLatin1(sha(m_big).toHex())), qPrintable(why));
        QVERIFY(!QFile::exists(sink.pathOf(sha(m_big))));
        QVERIFY(!QFile::exists(sink.pathOf(sha(m_big)) + QStringLiteral(".part")));
    }

    void foreignFilesAndLimits()
    {
        const QByteArray good = test::fileBytes(write(QStringLiteral("small.ismapsync"), false));
        QVERIFY(refusal("PK\x03\x04 a zip file").contains(QStringLiteral("not an ISMAP change package")));
        QByteArray newer = good;
        qToBigEndian(quint16(2), newer.data() + 8);
        QVERIFY2(refusal(newer).contains(QStringLiteral("format version 2")), qPrintable(refusal(newer)));
        QByteArray huge = good;
        qToBigEndian(quint64(1) << 40, huge.data() + sections(good)[1].first + 1);
        QVERIFY2(refusal(huge).contains(QStringLiteral("exceeds the limit")), qPrintable(refusal(huge)));
    }

    void independentlyWrittenSeedsRead()
    {
        // tests/fuzz/make_sync_seeds.py writes packages from the format's description alone ("signed" with the
        // digest): the reader accepts them, so the documented format and the code agree.
        const auto digestIsSignature = [](const SyncHeader&, QByteArrayView digest, QByteArrayView signature) {
            return digest == signature;
        };
        const QString seeds = QStringLiteral(ISMAP_SOURCE_DIR "/tests/fuzz/corpus/sync_package/");
        const SyncPackageSummary full
            = SyncPackageReader::read(seeds + QStringLiteral("full.ismapsync"), digestIsSignature);
        QCOMPARE(full.changesets, 3);
        QCOMPARE(full.trailRows, 2);
        QCOMPARE(full.evidenceFiles, 3);
        QCOMPARE(full.evidenceBytes, 22 + 0 + 2048);
        QCOMPARE(full.header.replicaId, QStringLiteral("r-ta"));
        QVERIFY_THROWS_EXCEPTION(
            AuditError, SyncPackageReader::read(seeds + QStringLiteral("unsigned.ismapsync"), digestIsSignature));
    }
};

QTEST_GUILESS_MAIN(TestSyncPackage)
#include "tst_syncpackage.moc"
