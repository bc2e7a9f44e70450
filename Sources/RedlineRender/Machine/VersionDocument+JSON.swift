/// The per-version JSON written member by member (`JSONByteWriter`), keys in sorted order: the
/// same bytes as `MachineJSON.encode(document, pretty: true)`, without the generic encoder's tree
/// of nodes and per-object key sorting (every version of the site has such a file, the largest
/// being its whole text). `VersionDocumentJSONTests` compares the two on every version.
extension VersionDocument {
    /// The file's bytes: pretty-printed, script-safe, ending in a newline.
    func jsonBytes() -> [UInt8] {
        var json = JSONByteWriter(pretty: true, capacity: 16_384)
        json.object { json in
            json.key("acknowledges"); json.value(acknowledges)
            if let amendments {
                json.key("amendments")
                json.array { json in for amendment in amendments { json.element(); amendment.write(to: &json) } }
            }
            if let announced { json.key("announced"); json.value(announced) }
            json.key("canonical_locale"); json.value(canonicalLocale)
            if let changesURL { json.key("changes_url"); json.value(changesURL) }
            if let diff { json.key("diff"); diff.write(to: &json) }
            json.key("expansions"); Self.write(expansions, to: &json)
            json.key("findings"); Self.write(findings, to: &json)
            json.key("format"); json.value(format)
            json.key("locale"); json.value(locale)
            if let next { json.key("next"); next.write(to: &json) }
            if let noticeDays { json.key("notice_days"); json.value(noticeDays) }
            json.key("policy"); json.value(policy)
            if let previous { json.key("previous"); previous.write(to: &json) }
            if let reviewLocale { json.key("review_locale"); json.value(reviewLocale) }
            json.key("sections")
            json.array { json in for section in sections { json.element(); section.write(to: &json) } }
            json.key("sha256"); json.value(sha256)
            json.key("status"); json.value(status)
            if let summary { json.key("summary"); json.value(summary) }
            json.key("title"); json.value(title)
            json.key("translations")
            json.array { json in
                if let encodedTranslations {
                    for link in encodedTranslations { json.element(); json.raw(link) }
                } else {
                    for link in translations { json.element(); link.write(to: &json) }
                }
            }
            json.key("url"); json.value(url)
            json.key("version"); json.value(version)
        }
        var bytes = json.bytes
        bytes.append(0x0A)
        return bytes
    }

    static func write(_ findings: [FindingRecord], to json: inout JSONByteWriter) {
        json.array { json in
            for finding in findings {
                json.element()
                json.object { json in
                    json.key("acknowledged"); json.value(finding.acknowledged)
                    json.key("category"); json.value(finding.category)
                    json.key("direction"); json.value(finding.direction)
                    json.key("explanation"); json.value(finding.explanation)
                    json.key("id"); json.value(finding.id)
                    if let new = finding.new { json.key("new"); new.write(to: &json) }
                    if let old = finding.old { json.key("old"); old.write(to: &json) }
                    json.key("rule"); json.value(finding.rule)
                    json.key("section"); json.value(finding.section)
                    json.key("severity"); json.value(finding.severity)
                }
            }
        }
    }
}

extension VersionDocument.Link {
    func write(to json: inout JSONByteWriter) {
        json.object { json in
            json.key("json"); json.value(self.json)
            json.key("locale"); json.value(locale)
            json.key("url"); json.value(url)
            json.key("version"); json.value(version)
        }
    }
}

extension VersionDocument.Section {
    func write(to json: inout JSONByteWriter) {
        json.object { json in
            json.key("heading"); json.value(heading)
            json.key("level"); json.value(level)
            json.key("line"); json.value(line)
            json.key("parents"); json.value(parents)
            json.key("sentences")
            json.array { json in for sentence in sentences { json.element(); sentence.write(to: &json) } }
            json.key("slug"); json.value(slug)
        }
    }
}

extension VersionDocument.Sentence {
    func write(to json: inout JSONByteWriter) {
        json.object { json in
            json.key("line"); json.value(line)
            json.key("text"); json.value(text)
        }
    }
}

extension VersionDocument.Diff {
    func write(to json: inout JSONByteWriter) {
        json.object { json in
            json.key("previous"); json.value(previous)
            json.key("sections")
            json.array { json in
                for change in sections {
                    json.element()
                    json.object { json in
                        json.key("moved"); json.value(change.moved)
                        if let newHeading = change.newHeading { json.key("new_heading"); json.value(newHeading) }
                        if let newSlug = change.newSlug { json.key("new_slug"); json.value(newSlug) }
                        if let oldHeading = change.oldHeading { json.key("old_heading"); json.value(oldHeading) }
                        if let oldSlug = change.oldSlug { json.key("old_slug"); json.value(oldSlug) }
                        json.key("related"); json.value(change.related)
                        json.key("sentences")
                        json.array { json in for sentence in change.sentences { json.element(); sentence.write(to: &json) } }
                        json.key("status"); json.value(change.status)
                    }
                }
            }
            json.key("unchanged"); json.value(unchanged)
        }
    }
}

extension VersionDocument.SentenceChange {
    func write(to json: inout JSONByteWriter) {
        json.object { json in
            if let new { json.key("new"); new.write(to: &json) }
            if let old { json.key("old"); old.write(to: &json) }
            json.key("status"); json.value(status)
            json.key("words")
            json.array { json in
                for word in words {
                    json.element()
                    json.object { json in
                        json.key("op"); json.value(word.op)
                        json.key("text"); json.value(word.text)
                    }
                }
            }
        }
    }
}

extension VersionDocument.Amendment {
    func write(to json: inout JSONByteWriter) {
        json.object { json in
            json.key("date"); json.value(date)
            if let newSHA256 { json.key("new_sha256"); json.value(newSHA256) }
            json.key("old_sha256"); json.value(oldSHA256)
            json.key("reason"); json.value(reason)
        }
    }
}
