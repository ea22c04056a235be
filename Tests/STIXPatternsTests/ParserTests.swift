import Testing
@testable import STIXPatterns

@Suite struct ParserTests {
    @Test func precedenceIsFollowedByThenOrThenAnd() throws {
        let tree = try PatternParser.parse("[a:x = 1] AND [a:x = 2] OR [a:x = 3] FOLLOWEDBY [a:x = 4]")
        guard case .followedBy(.or(.and, _), _) = tree else {
            Issue.record("unexpected tree \(tree)")
            return
        }
    }

    @Test func qualifiersBindTighterThanAnd() throws {
        let tree = try PatternParser.parse("[a:x = 1] AND [a:x = 2] REPEATS 2 TIMES WITHIN 1.5 SECONDS")
        guard case .and(.comparison, .within(.repeats(_, times: 2), microseconds: 1_500_000)) = tree else {
            Issue.record("unexpected tree \(tree)")
            return
        }
    }

    @Test func comparisonAndBindsTighterThanOr() throws {
        let tree = try PatternParser.parse("[a:x = 1 OR a:y = 2 AND a:z = 3]")
        guard case .comparison(.or(.test, .and)) = tree else {
            Issue.record("unexpected tree \(tree)")
            return
        }
    }

    @Test func pathsAndLiterals() throws {
        let tree = try PatternParser.parse("[file:extensions.'archive-ext'.contains_refs[*].hashes[0] NOT IN (h'ff', b'AQID')]")
        guard case .comparison(.test(let test)) = tree else {
            Issue.record("unexpected tree \(tree)")
            return
        }
        #expect(test.negated)
        #expect(test.path.steps == [.key("extensions"), .key("archive-ext"), .key("contains_refs"), .anyIndex,
                                    .key("hashes"), .index(0)])
        #expect(test.comparison == .in([.binary([0xFF]), .binary([1, 2, 3])]))
        #expect(test.path.description == "file:extensions.'archive-ext'.contains_refs[*].hashes[0]")
    }

    @Test(arguments: [
        ("'a\\\\b'", "a\\b"), ("'it\\'s'", "it's"), ("'\\\\\\''", "\\'"), ("''", ""),
    ])
    func stringEscapes(source: String, value: String) throws {
        let tree = try PatternParser.parse("[a:x = \(source)]")
        guard case .comparison(.test(let test)) = tree, case .equal(.string(let parsed)) = test.comparison else {
            Issue.record("unexpected tree \(tree)")
            return
        }
        #expect(parsed.unicodeScalars.elementsEqual(value.unicodeScalars))
    }

    @Test(arguments: [
        ("[file:name = 'a'", 1, 17, PatternError.Code.unexpectedEnd),
        ("[file:name = 'a'] AND", 1, 22, .unexpectedEnd),
        ("[file:name 'a']", 1, 12, .unexpectedToken),
        ("[file:name = 'a']\n  OR (file:size = 1)", 2, 7, .unexpectedToken),
        ("[file:name = 'a' # ]", 1, 18, .invalidCharacter),
        ("[file:name = t'2016-02-30T00:00:00Z']", 1, 14, .invalidTimestamp),
        ("[file:size IN (1, 'a')]", 1, 16, .nonHomogeneousSet),
        ("[file:name MATCHES '(']", 1, 20, .invalidRegex),
        ("[file:name MATCHES '(?<n>a)']", 1, 20, .invalidRegex),
        ("[file:name = 'a'] REPEATS 0 TIMES", 1, 27, .invalidQualifier),
        ("[file:name = 'a'] WITHIN 0 SECONDS", 1, 26, .invalidQualifier),
        ("[file:size > true]", 1, 14, .unexpectedToken),
        ("", 1, 1, .unexpectedEnd),
    ])
    func errorsSayWhereAndWhat(text: String, line: Int, column: Int, code: PatternError.Code) {
        #expect(throws: PatternError.self) { try Pattern(parsing: text) }
        do {
            _ = try Pattern(parsing: text)
        } catch {
            #expect(error.code == code)
            #expect(error.line == line)
            #expect(error.column == column)
            #expect(error.description.hasPrefix("\(line):\(column): "))
        }
    }

    @Test func errorMessageNamesTheExpectation() {
        do {
            _ = try Pattern(parsing: "[file:name = 'a'")
            Issue.record("parsed")
        } catch {
            #expect(error.message == "expected ']' but found end of pattern")
        }
    }
}
