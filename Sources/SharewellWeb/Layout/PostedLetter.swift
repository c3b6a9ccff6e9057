import Plot
import SharewellCore

/// The parts of a letter a practice posts: its letterhead, from its directory entry, and the
/// addressee's block, which print places where a DL or C5 window envelope shows it (the CSS's
/// `.letter-window`). On screen they read in order, as any page does.
enum PostedLetter {
    /// The sender's name, address (a line for each part) and direct line, at the head of the sheet.
    static func letterhead(_ sender: DirectoryEntry) -> Node<HTML.BodyContext> {
        .div(.class("letterhead"),
            .p(.class("letterhead-name"), .text(sender.name)),
            .p(lines(returnAddress(sender).lines)),
            .p(.text("Telephone \(sender.directPhone)")))
    }

    /// Who the letter is for and where, one address part to a line, in the envelope's window.
    static func addressee(_ name: String, at address: PostalAddress) -> Node<HTML.BodyContext> {
        .div(.class("letter-window"),
            .p(.class("letter-address"), lines([name] + address.lines)))
    }

    /// Lines of one paragraph, broken where the text breaks.
    static func lines(_ lines: [String]) -> Node<HTML.BodyContext> {
        .forEach(Array(lines.enumerated())) { index, line in index == 0 ? .text(line) : .group(.br(), .text(line)) }
    }

    /// Where a reply goes: the sender's address as Royal Mail would deliver it.
    static func returnAddress(_ sender: DirectoryEntry) -> PostalAddress {
        PostalAddress(lines: [sender.addressLine, sender.town, sender.postcode.value])
    }
}
