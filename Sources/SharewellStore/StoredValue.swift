import SharewellCore

/// Reads a value the database holds as text. One this version of Sharewell cannot read is an
/// error naming the column, never a default (issue 15: an unknown role read as a panel member, an
/// unknown purpose as the team around the child): a stored value fails closed.
func stored<T>(_ column: String, _ text: String, _ parse: (String) -> T?) throws(StoreError) -> T {
    guard let value = parse(text) else { throw .unreadableStored(field: column, value: text) }
    return value
}

func stored<T: RawRepresentable>(_ column: String, _ text: String, as type: T.Type = T.self) throws(StoreError) -> T where T.RawValue == String {
    try stored(column, text, T.init(rawValue:))
}
