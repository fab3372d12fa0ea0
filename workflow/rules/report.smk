# Report: the de-identification report for reviewers (HTML) and machines (JSON), built from
# the counts-only summaries in results/ after every other target. Gates are reported, not
# enforced, here: a failing gate shows red in the report and blocks certification. Each
# section is also written as a page of its own, which Snakemake's --report shows inline
# (it offers JSON only as a download, so the stages' JSON files are not in that report).


rule report:
    input:
        everything_but_the_report,
    output:
        html=report(
            results("report/deidentification.html"),
            caption="../report/deidentification.rst",
            category="De-identification report",
        ),
        json=results("report/deidentification.json"),
        summary=report(
            results("report/sections/summary.html"),
            caption="../report/section_summary.rst",
            category="De-identification report",
        ),
        flow=report(
            results("report/sections/flow.html"),
            caption="../report/section_flow.rst",
            category="De-identification report",
        ),
        gates=report(
            results("report/sections/gates.html"),
            caption="../report/section_gates.rst",
            category="De-identification report",
        ),
        disclosure=report(
            results("report/sections/disclosure.html"),
            caption="../report/section_disclosure.rst",
            category="De-identification report",
        ),
        scrubbing=report(
            results("report/sections/scrubbing.html"),
            caption="../report/section_scrubbing.rst",
            category="De-identification report",
        ),
        outcome=report(
            results("report/sections/outcome.html"),
            caption="../report/section_outcome.rst",
            category="De-identification report",
        ),
        exchange=report(
            results("report/sections/exchange.html"),
            caption="../report/section_exchange.rst",
            category="De-identification report",
        ),
    log:
        logs("report/report.log"),
    localrule: True
    conda:
        "../../envs/sealflow.yaml"
    script:
        "../../scripts/report.py"
