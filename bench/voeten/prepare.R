# Prepare a work directory for Erik Voeten's DyadicAgreementScores.R.
#
# Usage:
#   Rscript prepare.R WORKDIR SESSIONS UNVOTES_DIR VOETEN_DIR
#
#   WORKDIR      directory to fill (created if missing); pass it to the
#                published script as Path = "WORKDIR/"
#   SESSIONS     R expression for the UNGA sessions to keep
#                (e.g. "74", "70:74", "c(60,70:74)")
#   UNVOTES_DIR  the unvotes package's CSV files (un_votes.csv, un_roll_calls.csv,
#                ccode_iso2_crosswalk.csv)
#   VOETEN_DIR   Voeten's files (IdealpointestimatesAll_Apr2020.csv)
#
# Writes, with the literal backslash file names that the (Windows-style)
# published script builds with paste():
#   WORKDIR/Data\UNVotes.RData   data frame completeVotes
#                                (vote, ccode, rcid, session, country_code, country)
#                                vote: 1 = yes, 2 = abstain, 3 = no
#   WORKDIR/Output\IdealpointestimatesAll_Apr2020.csv   (copied unchanged)
#   WORKDIR/ccode_mapping.csv    the (country_code, country) -> ccode mapping used
#
# ccode mapping rule (see README of the fixture):
#   1. explicit overrides by (country_code, country):
#        NA / Namibia                    -> 565
#        NA / Yemen Arab Republic        -> 678
#        NA / Federal Republic of Germany-> 260
#        NA / Zanzibar                   -> 511
#        DE / Germany                    -> 255 (unified Germany)
#        YE / Yemen                      -> 679 (unified Yemen)
#   2. everything else: the crosswalk row whose unvotes_country_code equals
#      country_code (after dropping the ambiguous DE->260 and YE->678 rows,
#      which the overrides cover).
#   The script stops if any vote is unmapped or if two distinct
#   (country_code, country) pairs get the same ccode.

args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 4) stop("usage: Rscript prepare.R WORKDIR SESSIONS UNVOTES_DIR VOETEN_DIR")
workdir     <- args[1]
sessions    <- eval(parse(text = args[2]))
unvotes_dir <- args[3]
voeten_dir  <- args[4]
file_suffix <- "All_Apr2020"

dir.create(workdir, recursive = TRUE, showWarnings = FALSE)

# na.strings = character(0): the ISO-2 code "NA" (Namibia etc.) must stay a string.
rd <- function(f, ...) read.csv(file.path(unvotes_dir, f), na.strings = character(0),
                                stringsAsFactors = FALSE, fileEncoding = "UTF-8",
                                check.names = FALSE, ...)
votes <- rd("un_votes.csv", colClasses = c("integer", "character", "character", "character"))
rolls <- rd("un_roll_calls.csv")[, c("rcid", "session")]
cw    <- rd("ccode_iso2_crosswalk.csv")
cw$ccode <- as.integer(cw$ccode)

rolls$rcid <- as.integer(rolls$rcid)
rolls$session <- as.integer(rolls$session)
v <- merge(votes, rolls, by = "rcid")
if (nrow(v) != nrow(votes)) stop("some votes have no roll call")
v <- v[v$session %in% sessions, ]
if (nrow(v) == 0) stop("no votes in the selected sessions")

code <- c(yes = 1L, abstain = 2L, no = 3L)
v$vote <- unname(code[v$vote])
if (anyNA(v$vote)) stop("unexpected vote value")

overrides <- data.frame(
  country_code = c("NA", "NA", "NA", "NA", "DE", "YE"),
  country = c("Namibia", "Yemen Arab Republic", "Federal Republic of Germany",
              "Zanzibar", "Germany", "Yemen"),
  ccode = c(565L, 678L, 260L, 511L, 255L, 679L),
  stringsAsFactors = FALSE)

pairs <- unique(v[, c("country_code", "country")])
key <- function(d) paste(d$country_code, d$country, sep = "\r")
pairs$ccode <- overrides$ccode[match(key(pairs), key(overrides))]
cw_rest <- cw[!(cw$ccode %in% c(260L, 678L)) & cw$unvotes_country_code != "", ]
if (anyDuplicated(cw_rest$unvotes_country_code)) stop("crosswalk still ambiguous")
todo <- is.na(pairs$ccode) & pairs$country_code != "NA"
pairs$ccode[todo] <- cw_rest$ccode[match(pairs$country_code[todo], cw_rest$unvotes_country_code)]
if (anyNA(pairs$ccode)) {
  print(pairs[is.na(pairs$ccode), ])
  stop("unmapped (country_code, country) pairs")
}
if (anyDuplicated(pairs$ccode)) {
  print(pairs[pairs$ccode %in% pairs$ccode[duplicated(pairs$ccode)], ])
  stop("two (country_code, country) pairs map to the same ccode")
}
pairs <- pairs[order(pairs$ccode), ]
rownames(pairs) <- NULL

v$ccode <- pairs$ccode[match(key(v), key(pairs))]
v <- v[order(v$rcid, v$ccode), ]
completeVotes <- data.frame(vote = v$vote, ccode = v$ccode, rcid = v$rcid,
                            session = v$session, country_code = v$country_code,
                            country = v$country, stringsAsFactors = FALSE)
rownames(completeVotes) <- NULL

save(completeVotes, file = paste(workdir, "/Data\\UNVotes.RData", sep = ""))
ok <- file.copy(file.path(voeten_dir, paste0("Idealpointestimates", file_suffix, ".csv")),
                paste(workdir, "/Output\\Idealpointestimates", file_suffix, ".csv", sep = ""),
                overwrite = TRUE)
if (!ok) stop("could not copy the ideal point file")
Sys.chmod(paste(workdir, "/Output\\Idealpointestimates", file_suffix, ".csv", sep = ""), "0644")
write.csv(pairs, file.path(workdir, "ccode_mapping.csv"), row.names = FALSE,
          fileEncoding = "UTF-8")

cat(sprintf("prepared %s: sessions %s, %d roll calls, %d votes, %d states\n",
            workdir, paste(sort(unique(v$session)), collapse = ","),
            length(unique(v$rcid)), nrow(v), nrow(pairs)))
