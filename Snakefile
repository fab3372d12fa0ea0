# sealflow: the workflow's table of contents. Each stage group lives in workflow/rules/.
from snakemake.utils import min_version

min_version("9.0")


# The shipped config only when no --configfile names a study: Snakemake merges a
# --configfile into the `configfile:` one, so a study that leaves out an optional section
# (interviews, outcome, sdc) would get the shipped one back, and the workflow and the CLI
# (which reads the study's file alone) would disagree. Absolute, so that `--report` (which
# re-reads it after `workdir:`) still finds it.
if not workflow.overwrite_configfiles:

    configfile: f"{workflow.basedir}/config/config.yaml"


report: "workflow/report/workflow.rst"


include: "workflow/rules/common.smk"


rule all:
    default_target: True
    input:
        all_input,


include: "workflow/rules/survey_links.smk"
include: "workflow/rules/exchange.smk"
include: "workflow/rules/ingest.smk"
include: "workflow/rules/interviews.smk"
include: "workflow/rules/scrub.smk"
include: "workflow/rules/link.smk"
include: "workflow/rules/anonymise.smk"
include: "workflow/rules/report.smk"
include: "workflow/rules/deposit.smk"
include: "workflow/rules/governance.smk"
