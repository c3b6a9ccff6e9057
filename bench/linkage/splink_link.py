"""Splink 5 (DuckDB) on the same files, with the well-tuned model issue 7 describes.

    python splink_link.py LEFT.csv RIGHT.csv OUT.csv

Writes left_id,right_id,match_probability for one-to-one best links at p >= 0.5.
"""
import re
import sys

import pandas as pd
import splink.comparison_library as cl
from splink import DuckDBAPI, Linker, SettingsCreator, block_on


def prepared(path):
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    for col in ["given_name", "family_name"]:
        df[col] = df[col].str.lower().str.replace(r"[^a-z]", "", regex=True)
    df["postcode"] = df["postcode"].str.upper().str.replace(r"\s+", "", regex=True).map(lambda p: p[:-3] + " " + p[-3:] if len(p) >= 5 else p)
    df["postcode_district"] = df["postcode"].str.split(" ").str[0]
    df["postcode_area"] = df["postcode"].map(lambda p: re.match(r"[A-Z]*", p).group(0))
    df["address"] = df["address"].str.lower().str.replace(r"[^a-z0-9 ]", "", regex=True)
    df["nhs_number"] = df["nhs_number"].str.replace(r"\D", "", regex=True)
    df["sex"] = df["sex"].str.upper().str[:1]
    # Dates written DD/MM/YYYY become YYYY-MM-DD, as the engine reads them.
    df["date_of_birth"] = df["date_of_birth"].str.replace(r"^(\d{1,2})/(\d{1,2})/(\d{4})$", lambda m: f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}", regex=True)
    # Every column text, even one left all empty (DuckDB would otherwise guess a number type).
    return df.astype("string").replace("", pd.NA)


def main():
    left, right, out = sys.argv[1:4]
    db_api = DuckDBAPI()
    dfs = [db_api.register(prepared(left), dataset_display_name="file_left"), db_api.register(prepared(right), dataset_display_name="file_right")]
    location = cl.CustomComparison(
        output_column_name="location",
        comparison_levels=[
            {"sql_condition": "(postcode_l IS NULL AND address_l IS NULL) OR (postcode_r IS NULL AND address_r IS NULL)", "label_for_charts": "null", "is_null_level": True},
            {"sql_condition": "postcode_l = postcode_r AND jaro_winkler_similarity(address_l, address_r) >= 0.9", "label_for_charts": "postcode exact, address similar"},
            {"sql_condition": "postcode_l = postcode_r", "label_for_charts": "postcode exact"},
            {"sql_condition": "jaro_winkler_similarity(address_l, address_r) >= 0.95", "label_for_charts": "address very similar"},
            {"sql_condition": "postcode_district_l = postcode_district_r", "label_for_charts": "same district"},
            {"sql_condition": "ELSE", "label_for_charts": "else"},
        ],
    )
    settings = SettingsCreator(
        link_type="link_only",
        unique_id_column_name="id",
        comparisons=[
            cl.NameComparison("given_name").configure(term_frequency_adjustments=True),
            cl.NameComparison("family_name").configure(term_frequency_adjustments=True),
            cl.DateOfBirthComparison("date_of_birth", input_is_string=True),
            cl.ExactMatch("sex"),
            cl.LevenshteinAtThresholds("nhs_number", [1]),
            location,
        ],
        blocking_rules_to_generate_predictions=[
            block_on("nhs_number"),
            block_on("given_name", "family_name"),
            block_on("family_name", "date_of_birth"),
            block_on("given_name", "date_of_birth"),
            block_on("postcode", "substr(given_name, 1, 1)", "substr(family_name, 1, 1)"),
            block_on("date_of_birth", "postcode_area"),
        ],
        retain_intermediate_calculation_columns=False,
    )
    linker = Linker(dfs, settings, log_level=None)
    linker.training.estimate_probability_two_random_records_match(
        [block_on("nhs_number"), block_on("given_name", "family_name", "date_of_birth")], recall=0.9)
    linker.training.estimate_u_using_random_sampling(max_pairs=1e7, seed=1)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("given_name", "family_name"), max_pairs=5e6)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("date_of_birth"), max_pairs=5e6)
    predictions = linker.inference.predict(threshold_match_probability=0.5)
    clusters = linker.clustering.cluster_using_single_best_links(predictions, duplicate_free_datasets=["file_left", "file_right"], threshold_match_probability=0.5)
    c = clusters.as_pandas_dataframe()[["cluster_id", "source_dataset", "id"]]
    lefts = c[c.source_dataset == "file_left"].rename(columns={"id": "left_id"})[["cluster_id", "left_id"]]
    rights = c[c.source_dataset == "file_right"].rename(columns={"id": "right_id"})[["cluster_id", "right_id"]]
    pairs = lefts.merge(rights, on="cluster_id")[["left_id", "right_id"]]
    p = predictions.as_pandas_dataframe()[["id_l", "id_r", "match_probability"]].rename(columns={"id_l": "left_id", "id_r": "right_id"})
    pairs.merge(p, on=["left_id", "right_id"], how="left").to_csv(out, index=False)


if __name__ == "__main__":
    main()
