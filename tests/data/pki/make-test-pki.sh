#!/usr/bin/env bash
# TEST ONLY: makes a throw-away PKI for the signing tests in the folder given as $1 (nothing is committed).
#   ca.pem / ca.key            test CA (basicConstraints=critical,CA:TRUE; keyUsage=keyCertSign,cRLSign)
#   other-ca.pem               an unrelated CA (for "untrusted")
#   signer.p12                 signer key + certificate + CA chain, passphrase "test-pass"
#   signer-nopass.p12          the same with an empty passphrase
#   expired.p12                a signer certificate valid 2020-01-01..2021-01-01, passphrase "test-pass"
#   nokey.p12                  the signer certificate without its private key, passphrase "test-pass"
#   other-signer.p12           a signer issued by other-ca, passphrase "test-pass"
#   notapkcs12.p12             random bytes
# (A PKCS#12 whose key does not match its certificate cannot be made with the openssl CLI, which refuses;
#  tst_padessign builds that one with OpenSSL's C API.)
set -euo pipefail
out=${1:?usage: make-test-pki.sh OUTDIR}
mkdir -p "$out"
cd "$out"
pass=test-pass

cat > ca.cnf <<'CNF'
[ req ]
distinguished_name = dn
prompt = no
[ dn ]
CN = dummy
[ v3_ca ]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[ v3_signer ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,nonRepudiation
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[ ca ]
default_ca = test_ca
[ test_ca ]
dir = .
database = ./index.txt
new_certs_dir = ./newcerts
serial = ./serial
default_md = sha256
policy = any
copy_extensions = none
unique_subject = no
[ any ]
commonName = supplied
organizationName = optional
countryName = optional
CNF
mkdir -p newcerts
: > index.txt
echo 1000 > serial

make_ca() { # name cn
    openssl req -x509 -newkey rsa:2048 -nodes -keyout "$1.key" -out "$1.pem" -days 3650 -sha256 \
        -subj "/C=JP/O=ISMAP Test PKI/CN=$2" -config ca.cnf -extensions v3_ca 2>/dev/null
}
make_signer() { # name cn ca [startdate enddate]
    openssl req -newkey rsa:2048 -nodes -keyout "$1.key" -out "$1.csr" -subj "/C=JP/O=Test Audit Firm/CN=$2" \
        -config ca.cnf 2>/dev/null
    local dates=(-days 730)
    if [ $# -ge 5 ]; then dates=(-startdate "$4" -enddate "$5"); fi
    openssl ca -batch -config ca.cnf -cert "$3.pem" -keyfile "$3.key" -in "$1.csr" -out "$1.pem" \
        -extensions v3_signer -notext "${dates[@]}" 2>/dev/null
}

make_ca ca "ISMAP Test CA"
make_ca other-ca "Unrelated Test CA"
make_signer signer "Test Signer" ca
make_signer expired "Expired Test Signer" ca 20200101000000Z 20210101000000Z
make_signer other-signer "Other Test Signer" other-ca

openssl pkcs12 -export -inkey signer.key -in signer.pem -certfile ca.pem -name "Test Signer" \
    -passout pass:$pass -out signer.p12
openssl pkcs12 -export -inkey signer.key -in signer.pem -certfile ca.pem -name "Test Signer" \
    -passout pass: -out signer-nopass.p12
openssl pkcs12 -export -inkey expired.key -in expired.pem -certfile ca.pem -passout pass:$pass -out expired.p12
openssl pkcs12 -export -nokeys -in signer.pem -certfile ca.pem -passout pass:$pass -out nokey.p12
openssl pkcs12 -export -inkey other-signer.key -in other-signer.pem -certfile other-ca.pem \
    -passout pass:$pass -out other-signer.p12
head -c 600 /dev/urandom > notapkcs12.p12
rm -f ./*.csr
