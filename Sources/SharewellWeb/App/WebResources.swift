import Foundation

/// Files shipped inside the web module, so the server finds its stylesheet and API document
/// wherever it is started from.
enum WebResources {
    static let directory = Bundle.module.bundleURL.appendingPathComponent("Resources")
    static var publicDirectory: String { directory.appendingPathComponent("Public").path + "/" }
    static let openAPIDocument: String = (try? String(contentsOf: directory.appendingPathComponent("openapi.yaml"), encoding: .utf8)) ?? ""
}
