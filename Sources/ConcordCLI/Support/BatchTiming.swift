import Foundation
import STIX
import STIXPatterns

/// The timed variant of the batch mode, for `bench/patterns.py`:
/// `concord pattern match --batch FILE --bench-seconds S`.
///
/// The timers cover what the benchmark's Python side times around
/// stix2-matcher, and nothing else: reading and JSON-decoding FILE happen
/// first, untimed (the reference gets already-decoded dicts), and lines with
/// equal observations share one decoded copy (the reference's pairs share
/// their event dicts too, so both sides work on data of the same size); then each
/// distinct pattern is compiled once (the compile timer); then every pair is
/// matched with `Pattern.match(_:)` on the decoded objects,
/// which includes preparing the observations as the reference's
/// `MatchListener` does (the match timer). Passes over all pairs repeat until
/// S seconds of matching have accumulated (at least one pass). Verdicts of the
/// first pass go to standard output as in the plain batch mode; the figures
/// go to standard error as one JSON object.
///
/// A second framing follows, the way a detector works: each distinct
/// observation list is prepared once as an ``ObservationSet`` (the prepare
/// timer) and every pair matches its pattern against the prepared set (the
/// prepared-match timer, repeated like the first). Its verdicts must equal the
/// first framing's; how many do is reported.
enum BatchTiming {
    /// One decoded line: its pattern text and observations, or why it is unusable.
    struct Pair {
        var pattern: Int
        var observed: [JSONValue]
        /// Which distinct observation list this is.
        var observation: Int
    }

    static func run(_ bytes: [UInt8], minimumSeconds: Double) {
        let (texts, pairs, rejected) = decode(bytes)
        let clock = ContinuousClock()
        var compiled: [Result<Pattern, PatternError>] = []
        let compileTime = clock.measure {
            compiled = texts.map { text in Result { () throws(PatternError) in try Pattern(parsing: text) } }
        }
        // Looked up by index in the loop (a Result would be copied out whole for each pair).
        let patterns = compiled.map { try? $0.get() }
        let failures = compiled.map { result in
            if case .failure(let failure) = result { BatchMatcher.error(failure.description, kind: "pattern") } else { "" }
        }
        var verdicts: [String] = []
        var rounds = 0
        var matchTime = Duration.zero
        let cpuStart = threadCPUSeconds()
        repeat {
            let first = rounds == 0
            matchTime += clock.measure {
                for pair in pairs {
                    let verdict = patterns[pair.pattern] == nil
                        ? failures[pair.pattern] : matchVerdict(patterns[pair.pattern].unsafelyUnwrapped, pair.observed)
                    if first { verdicts.append(verdict) }
                }
            }
            rounds += 1
        } while seconds(matchTime) < minimumSeconds
        let cpu = threadCPUSeconds() - cpuStart
        writeVerdicts(verdicts, rejected: rejected, lines: pairs.count + rejected.count)
        let prepared = timePrepared(pairs, patterns: patterns, failures: failures, expected: verdicts, minimumSeconds: minimumSeconds)
        let report = "{\"pairs\":\(pairs.count),\"patterns\":\(texts.count),\"rounds\":\(rounds),"
            + "\"compile_seconds\":\(seconds(compileTime)),\"match_seconds\":\(seconds(matchTime)),\"match_cpu_seconds\":\(cpu),"
            + "\"events\":\(prepared.events),\"prepare_seconds\":\(prepared.prepare),\"prepared_rounds\":\(prepared.rounds),"
            + "\"prepared_match_seconds\":\(prepared.match),\"prepared_agreement\":\(prepared.agreeing)}\n"
        FileHandle.standardError.write(Data(report.utf8))
    }

    /// The detector's framing: each distinct observation list prepared once, then every pair matched against it.
    static func timePrepared(_ pairs: [Pair], patterns: [Pattern?], failures: [String], expected: [String],
                             minimumSeconds: Double) -> (events: Int, prepare: Double, match: Double, rounds: Int, agreeing: Int) {
        let clock = ContinuousClock()
        var lists: [[JSONValue]] = []
        for pair in pairs where pair.observation == lists.count { lists.append(pair.observed) }
        var sets: [Result<ObservationSet, PatternMatchError>] = []
        let prepareTime = clock.measure {
            sets = lists.map { list in Result { () throws(PatternMatchError) in try ObservationSet(list) } }
        }
        var verdicts: [String] = []
        var rounds = 0
        var matchTime = Duration.zero
        repeat {
            let first = rounds == 0
            matchTime += clock.measure {
                for pair in pairs {
                    let verdict = patterns[pair.pattern] == nil
                        ? failures[pair.pattern] : preparedVerdict(patterns[pair.pattern].unsafelyUnwrapped, sets[pair.observation])
                    if first { verdicts.append(verdict) }
                }
            }
            rounds += 1
        } while seconds(matchTime) < minimumSeconds
        let agreeing = zip(verdicts, expected).filter { $0 == $1 }.count
        return (lists.count, seconds(prepareTime), seconds(matchTime) / Double(rounds), rounds, agreeing)
    }

    static func preparedVerdict(_ pattern: borrowing Pattern, _ set: Result<ObservationSet, PatternMatchError>) -> String {
        do throws(PatternMatchError) {
            return try pattern.match(set.get()) == nil ? "{\"match\":false}" : "{\"match\":true}"
        } catch {
            return BatchMatcher.error(error.message, kind: "match")
        }
    }

    /// The distinct pattern texts, the pairs, and the line numbers of unusable lines with their verdicts.
    static func decode(_ bytes: [UInt8]) -> ([String], [Pair], [Int: String]) {
        var texts: [String] = []
        var numbers: [[UInt8]: Int] = [:]
        var pairs: [Pair] = []
        var rejected: [Int: String] = [:]
        // Equal observation lists share one decoded copy, as a detector holds one
        // event while it runs many patterns (and as the Python side shares its dicts).
        var shared: [[JSONValue]: (list: [JSONValue], index: Int)] = [:]
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
        for (number, line) in lines.enumerated() {
            guard let document = try? JSONParser.parse(Array(line)), let object = document.objectValue,
                  let text = object["pattern"]?.stringValue, let observed = object["observed"]?.arrayValue else {
                rejected[number] = BatchMatcher.error("line is not {\"pattern\": string, \"observed\": array}", kind: "input")
                continue
            }
            let key = Array(text.utf8)
            let index = numbers[key] ?? texts.count
            if index == texts.count {
                numbers[key] = index
                texts.append(text)
            }
            let copy = shared[observed] ?? (observed, shared.count)
            shared[observed] = copy
            pairs.append(Pair(pattern: index, observed: copy.list, observation: copy.index))
        }
        return (texts, pairs, rejected)
    }

    static func matchVerdict(_ pattern: borrowing Pattern, _ observed: [JSONValue]) -> String {
        do throws(PatternMatchError) {
            return try pattern.match(observed) == nil ? "{\"match\":false}" : "{\"match\":true}"
        } catch {
            return BatchMatcher.error(error.message, kind: "match")
        }
    }

    private static func writeVerdicts(_ verdicts: [String], rejected: [Int: String], lines: Int) {
        var output = ""
        var next = verdicts.makeIterator()
        for number in 0..<lines {
            output += (rejected[number] ?? next.next() ?? "") + "\n"
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }

    /// CPU time of the calling thread (the match loop's own, whatever else the machine runs).
    private static func threadCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    private static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
