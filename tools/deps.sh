#!/bin/sh
# deps.sh - make sure the libraries vudong builds against are installed (Debian/Ubuntu).
# Installs the missing -dev packages with apt-get when run as root (or with sudo), otherwise
# stops with the one command to run. Called by the Makefile before the first compile.
set -u
PACKAGES="pkg-config libncurses-dev libyaml-dev libcunit1-dev libxlsxwriter-dev libcairo2-dev libpango1.0-dev fonts-dejavu-core"
# the tests also read the PDF back (poppler-utils) and the workbooks (python3-openpyxl)
[ "${VUDONG_WITH_TMUX:-0}" = 1 ] && PACKAGES="$PACKAGES tmux poppler-utils python3-openpyxl"

have() {
	command -v pkg-config >/dev/null 2>&1 &&
		pkg-config --exists ncursesw yaml-0.1 cunit xlsxwriter pangocairo cairo-pdf cairo-svg cairo-png 2>/dev/null &&
		[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] &&
		{ [ "${VUDONG_WITH_TMUX:-0}" != 1 ] || { command -v tmux >/dev/null 2>&1 &&
		  command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 &&
		  { /usr/bin/python3 -c 'import openpyxl' || python3 -c 'import openpyxl'; } \
			>/dev/null 2>&1; }; }
}
have && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
	echo "vudong needs: ncursesw, libyaml, libxlsxwriter and CUnit development files, and pkg-config." >&2
	echo "Install them with your system's package manager, then run make again." >&2
	exit 1
fi
if [ "$(id -u)" = 0 ]; then
	SUDO=
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
	SUDO=sudo
else
	echo "Missing build dependencies. Run this once, then make again:" >&2
	echo "  sudo apt-get update && sudo apt-get install -y $PACKAGES" >&2
	exit 1
fi
echo "Installing build dependencies: $PACKAGES" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >&2 || { echo "apt-get update failed" >&2; exit 1; }
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq -o Dpkg::Use-Pty=0 $PACKAGES >&2 || { echo "apt-get install failed" >&2; exit 1; }
have || { echo "dependencies still missing after install" >&2; exit 1; }
