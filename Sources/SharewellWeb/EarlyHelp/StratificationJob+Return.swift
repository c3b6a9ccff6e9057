import SharewellStore

extension JobReturn {
    /// From a stratification run, to its result.
    static let stratification = JobReturn(kind: StratificationJob.name, label: "See the result", path: {
        StratifyPage.runPath($0)
    })
}
