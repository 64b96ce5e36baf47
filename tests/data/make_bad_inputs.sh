#!/usr/bin/env bash
# Makes the bad-input files that the PDF tests read from tests/data/ and that are committed:
#   encrypted.pdf        a one-page PDF with a user password ("secret"): cannot be opened
#   owner_password.pdf   the same with only an owner password (copy/print restrictions):
#                        opens without a password, and its text is read
# How: a tiny one-page PDF is written by hand below (text in Helvetica), then encrypted with
# qpdf (Debian package qpdf: apt-get install qpdf), AES-256. Re-run from anywhere:
#   bash tests/data/make_bad_inputs.sh
set -euo pipefail
cd "$(dirname "$0")"
command -v qpdf >/dev/null || { echo "make_bad_inputs: qpdf is missing (apt-get install qpdf)" >&2; exit 1; }
plain=$(mktemp --suffix=.pdf)
fixed=$(mktemp --suffix=.pdf)
trap 'rm -f "$plain" "$fixed"' EXIT
content='BT /F1 12 Tf 72 720 Td (Confidential resume: Python, Kubernetes, Terraform.) Tj ET'
# qpdf rebuilds the cross-reference table, so the offsets below need not be exact.
cat >"$plain" <<PDF
%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >> endobj
4 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj
5 0 obj << /Length ${#content} >>
stream
${content}
endstream
endobj
trailer << /Root 1 0 R /Size 6 >>
%%EOF
PDF
# First a clean copy with a real xref table (qpdf exits 3 after repairing the input, as
# expected here), then the encrypted files. Encryption salts are random, so each run gives
# different bytes with the same meaning.
qpdf --warning-exit-0 "$plain" "$fixed" 2>/dev/null
qpdf --encrypt secret owner-secret 256 -- "$fixed" encrypted.pdf
qpdf --encrypt "" owner-secret 256 --print=none --extract=n -- "$fixed" owner_password.pdf
qpdf --check encrypted.pdf --password=secret >/dev/null
qpdf --check owner_password.pdf >/dev/null
echo "make_bad_inputs: wrote encrypted.pdf and owner_password.pdf"
