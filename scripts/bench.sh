#!/usr/bin/env bash
# Figures for speed and memory of a release build, each beside a baseline run in the same invocation, written to
# BENCHMARKS.md. Usage: scripts/bench.sh [path/to/release/swot]   (`make bench` builds it and passes it).
#
# Whole-process figures (start-up, a 10,000-command script) come from hyperfine; start-up to the first prompt at a
# terminal from scripts/pty-start.py, which runs swot and sqlite3 alternately on a pseudo-terminal; in-process
# figures of the core (open, save, matching, derivation, export) from swot-bench beside the swot binary. Baselines
# are the sqlite3 shell doing an equivalent job, so a ratio stays comparable between fast and slow or busy machines.
set -euo pipefail

BIN=${1:-.build/release/swot}
BENCH=${BENCH:-$(dirname "$BIN")/swot-bench}
OUT=${OUT:-BENCHMARKS.md}
RUNS=${RUNS:-30}
PTY_START=$(dirname "${BASH_SOURCE[0]}")/pty-start.py
for tool in hyperfine sqlite3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is missing (make deps-bench installs it)" >&2; exit 1; }
done
command -v python3 >/dev/null || { echo "bench: python3 is missing (the pty start-up row runs $PTY_START)" >&2; exit 1; }
[ -x "$BIN" ] || { echo "bench: no swot binary at $BIN (make release builds it)" >&2; exit 1; }
[ -x "$BENCH" ] || { echo "bench: no swot-bench at $BENCH" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/swot-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
ROWS="$WORK/rows"
: > "$ROWS"

# median milliseconds of the Nth command in a hyperfine CSV export (N from 1)
median_ms() { awk -F, -v n="$2" 'NR == n + 1 { printf "%.2f", $4 * 1000 }' "$1"; }
# peak resident memory in MB of one run of a command
peak_mb() { /usr/bin/time -f %M "$@" >/dev/null 2>"$WORK/time.err" </dev/null || true; awk 'END { printf "%.1f", $1 / 1024 }' "$WORK/time.err"; }
peak_mb_stdin() { local input=$1; shift; /usr/bin/time -f %M "$@" <"$input" >/dev/null 2>"$WORK/time.err" || true; tail -n 1 "$WORK/time.err" | awk '{ printf "%.1f", $1 / 1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
# row NAME SIZE MEDIAN PEAK BASELINE_NAME BASELINE_MEDIAN TARGET_TEXT MET
row() { echo "| $1 | $2 | $3 | $4 | $5: $6 ms | $(ratio "$3" "$6")× | $7 | $8 |" >> "$ROWS"; }
under() { awk -v v="$1" -v t="$2" 'BEGIN { print (v < t) ? "yes" : "**no**" }'; }
at_most() { awk -v v="$1" -v t="$2" 'BEGIN { print (v != "n/a" && v <= t) ? "yes" : "**no**" }'; }

echo "bench: start-up, batch" >&2
mkdir -p "$WORK/ws-start"
hyperfine -N --warmup 5 --runs $((RUNS * 2)) --export-csv "$WORK/start.csv" \
    "$BIN --workspaces $WORK/ws-start -c quit" "sqlite3 :memory: .quit" "true" >/dev/null
swot_start=$(median_ms "$WORK/start.csv" 1)
sqlite_start=$(median_ms "$WORK/start.csv" 2)
true_start=$(median_ms "$WORK/start.csv" 3)
row "start-up and exit, batch (\`swot -c quit\`)" "–" "$swot_start" "$(peak_mb "$BIN" --workspaces "$WORK/ws-start" -c quit)" \
    "sqlite3 :memory: .quit" "$sqlite_start" "≤ 1.5× sqlite3" "$(at_most "$(ratio "$swot_start" "$sqlite_start")" 1.5)"
echo "| ↳ \`true\` (process start floor) | – | $true_start | – | – | – | – | – |" >> "$ROWS"

echo "bench: start-up to first prompt, interactive (pty)" >&2
# swot and sqlite3 alternate, each run on a fresh pty from spawn until its prompt is read (then quit and reaped).
# No history file or rc file of the user is read: pty-start.py gives both an empty temporary HOME.
mkdir -p "$WORK/ws-pty"
pty_runs=$((RUNS * 2 > 60 ? RUNS * 2 : 60))
python3 "$PTY_START" --runs "$pty_runs" --warmup 5 \
    --program 'swot> ' quit "$(printf '%q ' "$BIN" --workspaces "$WORK/ws-pty")" \
    --program 'sqlite> ' .quit "sqlite3 :memory:" > "$WORK/pty.out" 2>"$WORK/pty.err" \
    || { cat "$WORK/pty.err" >&2; exit 1; }
pty_field() { sed -n "$1{s/.* $2=\([0-9.]*\).*/\1/p}" "$WORK/pty.out"; }  # pty_field LINE KEY (line 1 swot, 2 sqlite3)
swot_pty=$(pty_field 1 median_ms | awk '{ printf "%.2f", $1 }')
sqlite_pty=$(pty_field 2 median_ms | awk '{ printf "%.2f", $1 }')
swot_pty_full=$(pty_field 1 full_median_ms | awk '{ printf "%.2f", $1 }')
sqlite_pty_full=$(pty_field 2 full_median_ms | awk '{ printf "%.2f", $1 }')
swot_pty_peak=$(pty_field 1 peak_rss_kb | awk '{ printf "%.1f", $1 / 1024 }')
row "start-up to first prompt, interactive (pty)" "–" "$swot_pty" "$swot_pty_peak" \
    "sqlite3 :memory: until \`sqlite> \`" "$sqlite_pty" "≤ 1.5× sqlite3" "$(at_most "$(ratio "$swot_pty" "$sqlite_pty")" 1.5)"
echo "| ↳ the same, then \`quit\` and exit (spawn to reaped) | – | $swot_pty_full | – | sqlite3, then \`.quit\`: $sqlite_pty_full ms | $(ratio "$swot_pty_full" "$sqlite_pty_full")× | – | – |" >> "$ROWS"

echo "bench: 10,000-command scripts" >&2
# A realistic session without errors: items added over time, shown, edited, tagged, undone and redone, re-titled,
# plans listed; the plan grows to about 4,000 items. (No `move`: it leaves gaps that an id generator cannot see.)
make_script() {  # make_script COMMANDS FILE
    awk -v n="$1" 'BEGIN {
        srand(42); print "new bench Benchmark plan"; added = 0; split("s w o t", q, " ")
        split("Dukungan pimpinan daerah terhadap SPBE|SDM TIK masih kurang|Program smart city nasional|Ancaman serangan siber|Anggaran TIK belum terserap|Jaringan internet di kecamatan", t, "|")
        for (i = 2; i <= n; i++) {
            r = int(rand() * 100)
            if (added < 4 || r < 40) { added++; printf "add %s %s %d\n", q[added % 4 + 1], t[added % 6 + 1], added }
            else {
                id = toupper(q[int(rand() * 4) + 1]) (int(rand() * int(added / 4)) + 1)
                if (r < 65) printf "show %s\n", id
                else if (r < 75) printf "edit %s %s diperbarui %d\n", id, t[int(rand() * 6) + 1], i
                else if (r < 82) printf "tag %s C%02d\n", id, int(rand() * 24) + 1
                else if (r < 86) { printf "undo\nredo\n"; i++ }
                else if (r < 90) printf "title Rencana %d\n", i
                else if (r < 99) print "plans"
                else print "list o"
            }
        }
    }' > "$2"
}
make_sql() {  # the same shape in SQL: inserts, point selects, updates, one autocommit transaction each
    awk -v n="$1" 'BEGIN {
        srand(42); print "create table items(id integer primary key, quadrant text, text text, category text);"
        print "create table plan(title text); insert into plan values (\"Benchmark plan\");"; added = 0
        for (i = 2; i <= n; i++) {
            r = int(rand() * 100)
            if (added < 4 || r < 40) { added++; printf "insert into items(quadrant, text) values (\"%d\", \"Dukungan pimpinan daerah %d\");\n", added % 4, added }
            else {
                id = int(rand() * added) + 1
                if (r < 65) printf "select * from items where id = %d;\n", id
                else if (r < 75) printf "update items set text = \"diperbarui %d\" where id = %d;\n", i, id
                else if (r < 82) printf "update items set category = \"C%02d\" where id = %d;\n", int(rand() * 24) + 1, id
                else if (r < 86) printf "update items set quadrant = \"%d\" where id = %d;\n", int(rand() * 4), id
                else if (r < 90) printf "update plan set title = \"Rencana %d\";\n", i
                else if (r < 99) print "select count(*) from items;"
                else print "select * from items where quadrant = \"2\";"
            }
        }
    }' > "$2"
}
for n in 5000 10000; do
    make_script "$n" "$WORK/script-$n.swot"
    make_sql "$n" "$WORK/script-$n.sql"
    hyperfine -N --warmup 1 --runs 5 --export-csv "$WORK/script-$n.csv" --prepare "rm -f $WORK/db-$n.sqlite" \
        "sqlite3 $WORK/db-$n.sqlite -init /dev/null -cmd '.read $WORK/script-$n.sql' .quit" >/dev/null
    sqlite_ms=$(median_ms "$WORK/script-$n.csv" 1)
    # Median of hyperfine runs on a fresh workspaces folder each; one more run for peak memory and errors.
    hyperfine -N --warmup 1 --runs 5 --export-csv "$WORK/swot-script-$n.csv" --prepare "rm -rf $WORK/ws-$n" \
        "$BIN --workspaces $WORK/ws-$n $WORK/script-$n.swot" >/dev/null
    swot_ms=$(median_ms "$WORK/swot-script-$n.csv" 1)
    eval "script_ms_$n=$swot_ms"
    rm -rf "$WORK/ws-$n"
    /usr/bin/time -f "%e %M" "$BIN" --workspaces "$WORK/ws-$n" "$WORK/script-$n.swot" >/dev/null 2>"$WORK/time.err" </dev/null || true
    peak=$(tail -n 1 "$WORK/time.err" | awk '{ printf "%.1f", $2 / 1024 }')
    errors=$(grep -c '^Error' "$WORK/time.err" || true)
    [ "$errors" = 0 ] || echo "bench: the $n-command script reported $errors errors" >&2
    label=$([ "$n" = 10000 ] && echo "< 1 s" || echo "–")
    met=$([ "$n" = 10000 ] && under "$swot_ms" 1000 || echo "–")
    row "script of $n commands (\`swot --workspaces DIR script\`, plan on disk, every change journaled before it is reported)" "$n commands" "$swot_ms" "$peak" "sqlite3, same $n-line SQL script on disk" "$sqlite_ms" "$label" "$met"
done

# --sync makes every change durable before it is reported, as the sqlite3 baseline does by default.
hyperfine -N --warmup 1 --runs 3 --export-csv "$WORK/sync-10000.csv" --prepare "rm -rf $WORK/ws-sync" \
    "$BIN --sync --workspaces $WORK/ws-sync $WORK/script-10000.swot" >/dev/null
sync_ms=$(median_ms "$WORK/sync-10000.csv" 1)
row "the same 10000 commands with \`--sync\` (every change fsynced before it is reported)" "10000 commands" "$sync_ms" \
    "–" "sqlite3, same 10000-line SQL script on disk" "$sqlite_ms" "–" "–"

echo "bench: 100,000-command script (growth)" >&2
# Issue 13 asks that a script's cost per command stop growing with the plan: 100,000 commands (the plan grows to
# about 40,000 items) in at most 12× the time of 10,000. One run: it is long while the target is not met.
make_script 100000 "$WORK/script-100000.swot"
hyperfine -N --runs 1 --export-csv "$WORK/swot-script-100000.csv" --prepare "rm -rf $WORK/ws-100000" \
    "$BIN --workspaces $WORK/ws-100000 $WORK/script-100000.swot" >/dev/null
script_ms_100000=$(median_ms "$WORK/swot-script-100000.csv" 1)
growth=$(ratio "$script_ms_100000" "$script_ms_10000")
echo "| script of 100000 commands, as above (one run) | 100000 commands | $script_ms_100000 | – | swot, 10000 commands: $script_ms_10000 ms | ${growth}× | ≤ 12× the 10000 | $(at_most "$growth" 12) |" >> "$ROWS"
rm -rf "$WORK/ws-100000"

echo "bench: core operations" >&2
# sqlite3 equivalents on an N-row table: read all rows (open), write them in one transaction (save), render them
# as a Markdown table (export), keyword search (matching), and the pairs of two quadrants (derivation).
make_db() {  # make_db ROWS FILE
    rm -f "$2"
    { echo "create table items(id integer primary key, quadrant text, text text, category text); begin;"
      awk -v n="$1" 'BEGIN { for (i = 1; i <= n; i++) printf "insert into items(quadrant, text, category) values (\"%s\", \"Dukungan pimpinan daerah terhadap SPBE sangat kuat %d\", \"C%02d\");\n", substr("SWOT", i % 4 + 1, 1), i, i % 24 + 1 }'
      echo "commit; create table keywords(word text);"
      awk 'BEGIN { for (i = 1; i <= 200; i++) printf "insert into keywords values (\"kata%d\");\n", i; print "insert into keywords values (\"pimpinan\");" }'
    } | sqlite3 "$2"
}
sqlite_job() {  # sqlite_job KIND ROWS -> median ms of the sqlite3 equivalent
    local kind=$1 n=$2 db="$WORK/core-$2.sqlite" sql
    [ -f "$db" ] || make_db "$n" "$db"
    case $kind in
        open) sql="select * from items;" ;;
        save) sql="create temp table copy as select * from items;" ;;
        export-markdown) sql=".mode markdown
select * from items;" ;;
        match) sql="select count(*) from items, keywords where items.text like '%' || keywords.word || '%';" ;;
        derive) sql="select count(*) from items a, items b where a.quadrant = 'S' and b.quadrant = 'O' and a.rowid <= $((n * 4)) and b.rowid <= $((n * 4)) and a.category <> b.category;" ;;
    esac
    printf '%s\n' "$sql" > "$WORK/job.sql"
    hyperfine -N --warmup 2 --runs 10 --export-csv "$WORK/job.csv" "sqlite3 -init /dev/null $db -cmd '.read $WORK/job.sql' .quit" >/dev/null
    median_ms "$WORK/job.csv" 1
}
core() {  # core NAME SIZE LABEL SQLITE_ROWS BASELINE_LABEL
    local line median peak base
    line=$("$BENCH" "$1" "$2")
    median=$(sed -n 's/.*median_ms=\([0-9.]*\).*/\1/p' <<< "$line")
    peak=$(sed -n 's/.*peak_rss_mb=\([0-9.]*\).*/\1/p' <<< "$line")
    base=$(sqlite_job "$1" "$4")
    row "$3" "$2" "$median" "$peak" "$5" "$base" "< 100 ms" "$(under "$median" 100)"
}
for n in 2500 5000; do core open "$n" "\`open\` (read, decode, check a plan file)" "$n" "sqlite3, select all $n rows"; done
for n in 2500 5000; do core save "$n" "\`save\` (encode, write, fsync, rename)" "$n" "sqlite3, copy $n rows into a table"; done
for n in 500 1000; do core match "$n" "matching items to categories (matcher built)" "$n" "sqlite3, $n rows LIKE 201 keywords"; done
for n in 125 250; do core derive "$n" "derivation (items per quadrant; all four TOWS quadrants)" "$((n * 4))" "sqlite3, S×O pairs of $n per quadrant"; done
for n in 2500 5000; do core export-markdown "$n" "Markdown export of the plan" "$n" "sqlite3, $n rows as a Markdown table"; done
# Paid once, at a session's first match: no database does the like, so no baseline.
examples_line=$("$BENCH" examples)
examples_ms=$(sed -n 's/.*median_ms=\([0-9.]*\).*/\1/p' <<< "$examples_line")
examples_mb=$(sed -n 's/.*peak_rss_mb=\([0-9.]*\).*/\1/p' <<< "$examples_line")
echo "| reading the labelled examples (\`ExampleClassifier\`, once, at a session's first match) | $(grep -c . \
    "$(dirname "$0")/../Sources/SwotCore/Matching/Data/labelled-items.txt") | $examples_ms | $examples_mb | – | – | < 100 ms | \
$(under "$examples_ms" 100) |" >> "$ROWS"

{
    echo "# Benchmarks"
    echo
    echo "Produced by \`make bench\` (\`scripts/bench.sh $BIN\`) on $(date -u '+%Y-%m-%d %H:%M UTC'):"
    echo "$(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(uname -sr), load average $(cut -d' ' -f1-3 /proc/loadavg) at the end."
    echo "swot: $("$BIN" --version 2>/dev/null | head -n 1), release build with \`--static-swift-stdlib\`; sqlite3 $(sqlite3 --version | cut -d' ' -f1); $(hyperfine --version)."
    echo
    echo "Whole-process figures are hyperfine medians (\`-N\`, no shell); core figures are medians of repeated in-process"
    echo "runs by \`swot-bench NAME SIZE\` (peak memory is that process's maximum resident set, which includes the"
    echo "plan it builds). The ratio divides swot's median by the baseline's, measured in the same invocation, so"
    echo "ratios from a busy or slow machine stay comparable. Two sizes side by side show how the cost grows with the plan."
    echo "The interactive start-up row is timed by \`scripts/pty-start.py\`, which starts swot and sqlite3 alternately ($pty_runs runs each"
    echo "after 5 warm-up runs) on a fresh pseudo-terminal (\`TERM=xterm\`, \`LANG=C.UTF-8\`, an empty temporary \`HOME\` and history)"
    echo "and takes the median time from spawning the program to reading its prompt from the pty, quitting and exit"
    echo "excluded (the row beneath includes them, up to the reaped child); its peak memory is swot's VmHWM at the prompt."
    echo
    echo "| benchmark | size | median ms | peak MB | baseline | ratio | target | met? |"
    echo "|---|---|---|---|---|---|---|---|"
    cat "$ROWS"
    echo
    echo "## Notes"
    echo
    echo "- The script rows: each change is appended to the plan's journal (\`workspaces/.NAME.journal\`) before the"
    echo "  command reports it, so a killed swot loses nothing; the plan file is rewritten when the journal is as large as"
    echo "  the file and when the script ends. Journal lines are fsynced at least once a second and at the end (a power"
    echo "  cut can lose up to a second of a script's changes), whereas the sqlite3 baseline, in its default mode, fsyncs"
    echo "  every statement; the \`--sync\` row does the same, and compares like with like. At a terminal every change"
    echo "  rewrites and fsyncs the plan file instead."
    echo "- Growth: 10,000 commands take $(ratio "$script_ms_10000" "$script_ms_5000")× the time of 5,000. The script's plan grows with it (to"
    echo "  about $(grep -c '^add' "$WORK/script-10000.swot") items). A change is a typed edit (\`PlanEdit\`) applied where the plan is, journaled as one"
    echo "  line and undone by the edit that takes it back, so it costs what it changes, not the plan's size; items"
    echo "  are found by id through a hint map, and a quadrant's items through an index of quadrants. What still"
    echo "  grows with the plan is output: one command in a hundred is \`list o\`, which prints the whole"
    echo "  opportunities quadrant (about 10,000 lines near the end of the 100,000-command script, some 5 million"
    echo "  lines in all), so the 100,000-command row (${growth}× for 10× the commands) grows by more than 10× by"
    echo "  those listings. A listed line costs about a quarter of a microsecond while the plan fits the CPU caches"
    echo "  and two to four times as much in a plan of 40,000 items, most of it waiting for memory: each item's box,"
    echo "  text and categories are three small objects among tens of thousands. The per-plan rows (open, save,"
    echo "  export) grow linearly."
} > "$OUT"
cat "$OUT"
