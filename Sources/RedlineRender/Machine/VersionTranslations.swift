import RedlineParse

/// The translations of one version (every locale's copy of `privacy` of 1 March): each copy's
/// per-version JSON lists all the others, so a 40-locale site made and encoded the same 39
/// links on each of the 40 files (a third of the per-version JSON's instructions). Made once
/// per version by the first file that needs it (`SiteRenderer.translations`); each file leaves
/// out its own locale.
final class VersionTranslations: Sendable {
    /// Every locale that has the version, in the site's locale order.
    let links: [VersionDocument.Link]
    /// Each link as pretty JSON at the depth the file's `translations` array holds it
    /// (`JSONByteWriter.raw`): the same bytes `Link.write` gives there.
    let encoded: [[UInt8]]

    init(links: [VersionDocument.Link]) {
        self.links = links
        self.encoded = links.map { link in
            var json = JSONByteWriter(pretty: true, capacity: 256, depth: VersionDocument.translationsDepth)
            link.write(to: &json)
            return json.bytes
        }
    }

    /// The translations of the copy in `locale`: the document's links and their encoded JSON.
    func excluding(_ locale: String) -> (links: [VersionDocument.Link], encoded: [[UInt8]]) {
        var links: [VersionDocument.Link] = [], encoded: [[UInt8]] = []
        links.reserveCapacity(self.links.count)
        encoded.reserveCapacity(self.links.count)
        for (link, bytes) in zip(self.links, self.encoded) where link.locale != locale {
            links.append(link)
            encoded.append(bytes)
        }
        return (links, encoded)
    }
}
