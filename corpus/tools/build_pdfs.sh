#!/usr/bin/env bash
# Rebuild the sample "printed minutes" PDFs from their text sources.
# Usage: bash corpus/tools/build_pdfs.sh   (from anywhere; needs python3 only)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
samples="$here/../samples"
build() { python3 "$here/text2pdf.py" "$here/pdf-src/$1" "$samples/$2" --title "$3"; }
build wealdmoor-cabinet-2025-01-23.pdfsrc \
      wealdmoor-county-council/cabinet/2025-01-23/printed-minutes.pdf \
      "Printed minutes – Cabinet, 23 January 2025"
build wealdmoor-county-council-2022-07-14.pdfsrc \
      wealdmoor-county-council/county-council/2022-07-14/printed-minutes.pdf \
      "Printed minutes – County Council, 14 July 2022"
