@testable import RedlinePublish
import Testing

/// A build frees what it held unless its caller is about to exit (`SiteBuild.freesMemory`).
@Suite("Teardown: values kept only when the caller exits next")
struct TeardownTests {
    final class Held {}

    @Test("a build that frees lets its values go")
    func freeingLetsGo() {
        weak var watched: Held?
        do {
            let held = Held()
            watched = held
            Teardown(frees: true).keep(held)
        }
        #expect(watched == nil)
    }

    @Test("a build that will not free keeps its values alive")
    func keepingHolds() {
        weak var watched: Held?
        do {
            let held = Held()
            watched = held
            Teardown(frees: false).keep(held)
        }
        #expect(watched != nil)
    }
}
