#!/usr/bin/env bash
# Converts the readable cases in corpus/cases/ into payloads + label sidecars (the shape `eval` reads), split into
# tune/ (two thirds: rules may be tuned on these) and holdout/ (every case whose number is a multiple of 3: never
# tuned on, only reported). Needs Python 3 with pydantic 2 and ../shared/tools/livekit (the converter), which is why
# the generated files are committed: the tests read them and need no Python. cases_blind/, cases_blind2/, cases_blind3/ and
# cases_blind4/ become calls/blind/, calls/blind2/, calls/blind3/ and calls/blind4/: the blind calls, which nobody tunes on (corpus/README.md).
set -euo pipefail
cd "$(dirname "$0")"
converter="${LIVEKIT_TOOLS:-../../shared/tools/livekit}/case2payload.py"
[ -f "$converter" ] || { echo "converter not found: $converter (set LIVEKIT_TOOLS)" >&2; exit 2; }
rm -rf calls && mkdir -p calls/tune calls/holdout calls/blind calls/blind2 calls/blind3 calls/blind4
tune=(); holdout=()
for case in cases/*.json; do
  id=$(basename "$case" .json)
  n=$((10#${id//[!0-9]/}))
  if (( n % 3 == 0 )); then holdout+=("$PWD/$case"); else tune+=("$PWD/$case"); fi
done
here=$PWD
( cd "$(dirname "$converter")" && python3 case2payload.py "$here/calls/tune" "${tune[@]}" >/dev/null \
  && python3 case2payload.py "$here/calls/holdout" "${holdout[@]}" >/dev/null \
  && python3 case2payload.py "$here/calls/blind" "$here"/cases_blind/*.json >/dev/null \
  && python3 case2payload.py "$here/calls/blind2" "$here"/cases_blind2/*.json >/dev/null \
  && python3 case2payload.py "$here/calls/blind3" "$here"/cases_blind3/*.json >/dev/null \
  && python3 case2payload.py "$here/calls/blind4" "$here"/cases_blind4/*.json >/dev/null )
echo "tune: ${#tune[@]} calls, holdout: ${#holdout[@]} calls, blind: $(ls cases_blind/*.json | wc -l) calls, blind2: $(ls cases_blind2/*.json | wc -l) calls, blind3: $(ls cases_blind3/*.json | wc -l) calls, blind4: $(ls cases_blind4/*.json | wc -l) calls"
