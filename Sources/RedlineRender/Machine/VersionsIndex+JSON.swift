/// `versions.json` written member by member (`JSONByteWriter`), keys in sorted order: the same
/// bytes as `MachineJSON.encode(index, pretty: true)`, without the generic encoder's tree of
/// nodes (a node and a sorted key table per member of 10,000 versions). The file lists every
/// version's hash, so any text edit rewrites it: on a 10,000-page site the generic encoding was
/// about a twelfth of a one-file build. `VersionsIndexJSONTests` compares the two.
extension VersionsIndex {
    /// The file's bytes: pretty-printed, script-safe, ending in a newline.
    func jsonBytes() -> [UInt8] {
        var json = JSONByteWriter(pretty: true, capacity: 640 * versions.count + 4096)
        json.object { json in
            json.key("feeds")
            json.array { json in
                for feed in feeds {
                    json.element()
                    json.object { json in
                        json.key("atom"); json.value(feed.atom)
                        json.key("json"); json.value(feed.json)
                        json.key("locale"); json.value(feed.locale)
                    }
                }
            }
            json.key("format"); json.value(format)
            json.key("site")
            json.object { json in
                json.key("base_url"); json.value(site.baseURL)
                json.key("canonical_locale"); json.value(site.canonicalLocale)
                json.key("default_locale"); json.value(site.defaultLocale)
                json.key("locales"); json.value(site.locales)
                json.key("publisher"); json.value(site.publisher)
                if let publisherURL = site.publisherURL { json.key("publisher_url"); json.value(publisherURL) }
                json.key("title"); json.value(site.title)
            }
            json.key("versions")
            json.array { json in
                for version in versions {
                    json.element()
                    version.write(to: &json)
                }
            }
        }
        json.newline()
        return json.bytes
    }
}

extension VersionsIndex.Version {
    func write(to json: inout JSONByteWriter) {
        json.object { json in
            if let announced { json.key("announced"); json.value(announced) }
            if let changesURL { json.key("changes_url"); json.value(changesURL) }
            json.key("expansions"); json.value(expansions)
            json.key("json"); json.value(self.json)
            json.key("locale"); json.value(locale)
            json.key("material_findings"); json.value(materialFindings)
            json.key("policy"); json.value(policy)
            json.key("sha256"); json.value(sha256)
            json.key("status"); json.value(status)
            json.key("title"); json.value(title)
            json.key("url"); json.value(url)
            json.key("version"); json.value(version)
        }
    }
}
