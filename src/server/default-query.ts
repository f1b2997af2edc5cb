/**
 * The query GraphiQL opens with: who meets most, then whom one of them met, when, where and on whose word.
 * It names nobody, so it fits any graph.
 */
export const DEFAULT_QUERY = `# Shabaka: who met whom, when, where, and on whose word.
# 1. The persons with the most meetings (calls, joint press conferences and summits count too):
query TopPersons {
  topEntities(by: MEETINGS, kind: PERSON, status: OCCURRED, limit: 5) {
    count
    entity { id nameEn nameAr ... on Person { roles { title affiliation { nameEn } } } }
  }
}

# 2. Find anyone by an Arabic or English name (spelling variants and typos are tolerated);
#    set the variables to {"name": "..."}:
query FindPerson($name: String!) {
  search(text: $name, kinds: [PERSON], first: 5) { score alias entity { id nameEn nameAr } }
}

# 3. Paste an id from above into the variables as {"person": "..."} and run MetWith:
query MetWith($person: ID!) {
  metWith(person: $person, first: 20) {
    counterpart { nameEn nameAr }
    outletCount
    events {
      kind status date location { nameEn }
      evidence { quote start end article { title publishedAt } }
    }
  }
}
`;
