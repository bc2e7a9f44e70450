import RedlineParse
import Testing
@testable import RedlineDiff

/// Sections whose sentences did not change skip the sentence passes (`UnchangedSections`): the
/// diff is the one every sentence aligned one by one gives (the path of versions that do not
/// share word ids), moved sections, noise lines and repeated sentences included.
@Suite struct UnchangedSectionsTests {
    static let old = """
        # Privacy

        Last updated: May 25, 2018

        ## What we collect

        We collect your email address. We collect your name. We collect your name.

        ## Sharing

        We never sell your data. We share data with service providers.

        ## Cookies

        Last updated: May 25, 2018

        We use cookies. Cookies remember your settings.

        ## Retention

        We keep data for a year. We delete it after that. Obsolete sentence here.

        ## Contact

        Write to us.
        """
    static let new = """
        # Privacy

        Last updated: June 1, 2019

        ## Sharing

        We never sell your data. We share data with service providers.

        ## What we collect

        We collect your email address. We collect your name. We collect your name.

        ## Cookies

        Last updated: May 25, 2018

        We use cookies. Cookies remember your settings.

        ## Retention

        We keep data for two years. We delete it after that.

        ## Contact

        Write to us.
        """

    @Test func skippedSectionsGiveTheFullAlignment() {
        let (a, b) = (TestSupport.document(Self.old), TestSupport.document(Self.new))
        let chained = DiffInput(a)
        let next = DiffInput(b, reusing: chained)
        #expect(PairTokens(old: chained, new: next).shared)
        // Prepared from the new version, the old one has words the new one lacks: ids not shared,
        // every sentence is an item.
        let reverse = DiffInput(b)
        let unshared = DiffInput(a, reusing: reverse)
        #expect(!PairTokens(old: unshared, new: reverse).shared)
        let full = Differ.diff(unshared, reverse)
        #expect(Differ.diff(chained, next) == full)
        #expect(Differ.diff(a, b) == full)
        // Sharing (moved), What we collect and Contact are skipped; the preamble and Cookies hold
        // noise lines, Retention changed.
        let mapping = (0..<a.sections.count).map { o in b.sections.firstIndex { $0.slug == a.sections[o].slug } }
        let unchanged = UnchangedSections(old: chained, new: next, mapping: mapping)
        let skipped = b.sections.indices.filter { unchanged.skippedNew[$0] }.map { b.sections[$0].heading }
        #expect(skipped.sorted() == ["Contact", "Sharing", "What we collect"])
        // One of the two swapped sections is moved, though skipped: its status is still worked out.
        #expect(full.sections.filter { $0.status == .moved }.compactMap(\.newHeading) == ["What we collect"])
    }
}
