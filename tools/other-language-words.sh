#!/usr/bin/env bash
# Regenerates LlmSafety.Judge/Lexicons/Data/other-language-words.txt.gz from three word lists that Debian 12 packages
# under terms that allow it to ship inside the judge (see other-language-words.COPYRIGHT):
#   Spanish     wspanish (word list in the public domain)
#   Portuguese  wportuguese (GPL-2+ or LGPL-2.1+ or MPL-1.1, taken under MPL-1.1)
#   French      hunspell-fr-classical (MPL-2.0), every form expanded with hunspell-tools' unmunch
# Words are lower-cased, letters only, 1 to 24 characters; capitalised entries (the lists' proper nouns) are left out.
# The GPL-only lists for German, Italian and Tagalog are not used; a short list of everyday words of those languages and
# Welsh, written for this project, is other-language-everyday-words.txt. Needs network access to a Debian mirror.
set -euo pipefail
export LC_ALL=C.UTF-8
out="$(cd "$(dirname "$0")/.." && pwd)/LlmSafety.Judge/Lexicons/Data/other-language-words.txt.gz"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get download wspanish wportuguese hunspell-fr-classical hunspell-tools >/dev/null 2>&1
for deb in *.deb; do dpkg-deb -x "$deb" x; done
{
  grep -hv '^[[:upper:]]' x/usr/share/dict/spanish x/usr/share/dict/portuguese
  x/usr/bin/unmunch x/usr/share/hunspell/fr.dic x/usr/share/hunspell/fr.aff 2>/dev/null | cut -d/ -f1 | grep -v '^[[:upper:]]'
} | grep -E '^[[:alpha:]]{1,24}$' | sed 's/.*/\L&/' | sort -u | gzip -n -9 > "$out"
echo "$(zcat "$out" | wc -l) words -> $out"
for deb in *.deb; do dpkg-deb -f "$deb" Package Version | paste -sd' '; done
