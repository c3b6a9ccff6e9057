/// A number with its noun, agreeing: "1 letter", "2 letters", "1 person", "3 people". Every count a
/// page shows goes through here, so none reads "1 codes" or "Record these 1 letters".
public func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
}
