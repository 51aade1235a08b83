#!/usr/bin/env bash
# Renders the demo store's pages (a month's report.html, on a desktop and a phone, and the dossier)
# and a portfolio of generated stores (portfolio.html)
# in headless Chromium to the PNGs README shows, so the pictures are what the code draws today.
# Test-only: Debian's `chromium` and `fonts-noto-cjk` are installed here when missing; the product
# never needs them, and .ci/run does not run this script.
#   Tests/Screenshots/render.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
need=()
command -v chromium >/dev/null || need+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get install -y "${need[@]}" >/dev/null || { $sudo apt-get update >/dev/null && $sudo apt-get install -y "${need[@]}" >/dev/null; }
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift run -q agency-audit audit SampleData/demo-store --out "$work/demo-store" >/dev/null
shots=Tests/Screenshots
# shoot <page> <width,height> <png>
shoot() {
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size="$2" --screenshot="$3" "file://$1" 2>/dev/null
  echo "wrote $3"
}
shoot "$work/demo-store/2025-07/report.html" 1060,1640 "$shots/report-2025-07.png"
shoot "$work/demo-store/2025-07/report.html" 390,1100 "$shots/report-2025-07-phone.png"
shoot "$work/demo-store/index.html" 1060,1640 "$shots/dossier.png"
# A portfolio: three generated stores and one whose contract is broken.
for seed in 1 2 3; do
  swift run -q agency-audit sample "$work/stores/store-$seed" --seed "$seed" --months 2 --orders-per-day 20 >/dev/null
done
mkdir -p "$work/stores/broken/exports/2025-07" && echo '{"store":' >"$work/stores/broken/contract.json"
swift run -q agency-audit portfolio "$work/stores" --out "$work/portfolio" >/dev/null || true
shoot "$work/portfolio/portfolio.html" 1060,820 "$shots/portfolio.png"
# Fewer bytes in the repository: a 256-colour palette where Pillow is installed (the charts use a
# handful of colours, so nothing visible is lost).
if python3 -c "import PIL" 2>/dev/null; then
  python3 - "$shots"/*.png <<'PY'
import sys
from PIL import Image
for path in sys.argv[1:]:
    Image.open(path).convert("RGB").quantize(colors=256).save(path, optimize=True)
PY
fi
