# Shared set-up for the attack19 reproductions: a small demo study run to the sends.
# Usage: . attack19/common.sh; make_study DIR   (run from the worktree root)
export PATH=/work/main/.venv/bin:$PATH PYTHONPATH=src
make_study() {
  nice sealflow demo init "$1" --staff 300 --force >/dev/null
  nice snakemake --cores 2 --configfile "$1/config.yaml" --quiet rules >"$1.run.log" 2>&1
  nice sealflow plan approve --yes -c "$1/config.yaml" >/dev/null 2>&1
  nice snakemake send --cores 2 --configfile "$1/config.yaml" --quiet rules >>"$1.run.log" 2>&1
}
rerun() { nice snakemake --cores 2 --configfile "$1/config.yaml" --quiet rules >>"$1.run.log" 2>&1; }
# The survey token of the interviewee of doc id $2 in study $1.
token_of() {
  local pid
  pid=$(grep "^$2," "$1/work/interviews.csv" | cut -d, -f2)
  grep "^$pid," "$1/work/links/links_for_provider.csv" | cut -d, -f2
}
