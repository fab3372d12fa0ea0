# Report: the de-identification report for reviewers (HTML) and machines (JSON), built from
# the counts-only summaries in results/ after every other target. Gates are reported, not
# enforced, here: a failing gate shows red in the report and blocks certification.


rule report:
    input:
        everything_but_the_report,
    output:
        html=report(
            results("report/deidentification.html"),
            caption="../report/deidentification.rst",
            category="De-identification",
        ),
        json=results("report/deidentification.json"),
    log:
        logs("report/report.log"),
    conda:
        "../../envs/sealflow.yaml"
    script:
        "../../scripts/report.py"
