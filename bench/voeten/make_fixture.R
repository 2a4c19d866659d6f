# Turn the output of Voeten's DyadicAgreementScores.R into Entente's test fixture.
#
# Usage: Rscript make_fixture.R WORKDIR OUT.csv
#   WORKDIR  a directory prepared by prepare.R in which the published script ran
#            (run.sh leaves one), holding Output\AgreementScoresAll_Apr2020.csv,
#            Output\AgreementScoresAll_Apr2020.Rdata and ccode_mapping.csv
#   OUT.csv  plain CSV to write (gzip it afterwards: gzip -n -9 OUT.csv)
#
# Output columns: session,iso2_1,country_1,iso2_2,country_2,agree
#   one row per undirected dyad (the script's row with ccode1 < ccode2),
#   iso2/country = un_votes.csv country_code / country of that ccode,
#   agree printed with sprintf("%.17g"), sorted by session, iso2_1, iso2_2
#   (byte order). Fields are quoted only when needed; the ISO-2 code of
#   Namibia is the literal string NA.
#
# write.csv() in the published script rounds numbers to 15 significant digits,
# so the full-precision agree values are taken from the .Rdata file that the
# same script run saves (the same dfAgree object); the script checks that the
# two agree to within 1e-14 on every row and that they hold the same dyads.

suppressPackageStartupMessages(library(dplyr))
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 2) stop("usage: Rscript make_fixture.R WORKDIR OUT.csv")
workdir <- args[1]; out <- args[2]
suffix <- "All_Apr2020"

csv <- read.csv(paste(workdir, "/Output\\AgreementScores", suffix, ".csv", sep = ""),
                stringsAsFactors = FALSE)
load(paste(workdir, "/Output\\AgreementScores", suffix, ".Rdata", sep = ""))  # dfAgree
full <- as.data.frame(ungroup(dfAgree))
map <- read.csv(file.path(workdir, "ccode_mapping.csv"), na.strings = character(0),
                stringsAsFactors = FALSE, fileEncoding = "UTF-8")

# Consistency: CSV (15 digits) vs Rdata (full precision), same dyads in same order.
stopifnot(nrow(csv) == nrow(full),
          all(csv$session.x == full$session.x),
          all(csv$ccode1 == full$ccode1), all(csv$ccode2 == full$ccode2),
          !anyNA(full$agree))
maxdiff <- max(abs(csv$agree - full$agree))
if (maxdiff > 1e-14) stop("CSV and Rdata disagree by ", maxdiff)

# Symmetry: the script emits both directions; they must carry the same value.
rev <- full[, c("session.x", "ccode1", "ccode2", "agree")]
names(rev) <- c("session.x", "ccode2", "ccode1", "agree_rev")
chk <- inner_join(full, rev, by = c("session.x", "ccode1", "ccode2"))
stopifnot(nrow(chk) == nrow(full))
asym <- max(abs(chk$agree - chk$agree_rev))
if (asym > 0) warning("directed values differ by up to ", asym)
if (anyNA(full$IdealPoint.x) || anyNA(full$IdealPoint.y))
  warning(sum(is.na(full$IdealPoint.x) | is.na(full$IdealPoint.y)),
          " rows have no ideal point (ccode/session missing from the ideal point file)")

und <- full[full$ccode1 < full$ccode2, ]
i1 <- match(und$ccode1, map$ccode); i2 <- match(und$ccode2, map$ccode)
stopifnot(!anyNA(i1), !anyNA(i2))
fx <- data.frame(session = as.integer(und$session.x),
                 iso2_1 = map$country_code[i1], country_1 = map$country[i1],
                 iso2_2 = map$country_code[i2], country_2 = map$country[i2],
                 agree = sprintf("%.17g", und$agree),
                 stringsAsFactors = FALSE)
# sprintf("%.17g") round-trips exactly:
stopifnot(all(as.numeric(fx$agree) == und$agree))
old <- Sys.getlocale("LC_COLLATE"); invisible(Sys.setlocale("LC_COLLATE", "C"))
fx <- fx[order(fx$session, fx$iso2_1, fx$iso2_2, method = "radix"), ]
invisible(Sys.setlocale("LC_COLLATE", old))

q <- function(x) ifelse(grepl('[",\r\n]', x), paste0('"', gsub('"', '""', x), '"'), x)
con <- file(out, open = "w", encoding = "UTF-8")
writeLines("session,iso2_1,country_1,iso2_2,country_2,agree", con)
writeLines(paste(fx$session, q(fx$iso2_1), q(fx$country_1), q(fx$iso2_2),
                 q(fx$country_2), fx$agree, sep = ","), con)
close(con)
cat(sprintf("wrote %s: %d dyad rows, sessions %s; CSV vs Rdata max |diff| %.3g; max directed asymmetry %.3g\n",
            out, nrow(fx), paste(sort(unique(fx$session)), collapse = ","), maxdiff, asym))
