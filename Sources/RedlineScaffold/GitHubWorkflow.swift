/// `.github/workflows/redline.yml`, written by `redline init`: on every pull request it checks
/// the policies (annotations on the changed lines), builds the site and posts the redline of
/// each changed version as one comment, updated in place on later pushes.
enum GitHubWorkflow {
    static let text = #"""
    # Redline: review every change to the policies, and build the site.
    # Written by `redline init`. Set REDLINE_GIT to where your organisation keeps Redline's source.
    name: Redline

    on:
      pull_request:
      push:
        branches: [main]

    permissions:
      contents: read
      pull-requests: write

    env:
      REDLINE_GIT: https://github.com/your-org/redline.git
      REDLINE_REF: main

    jobs:
      redline:
        runs-on: ubuntu-latest
        container: swift:6.1
        steps:
          - name: Install git and libcmark
            run: apt-get update -qq && apt-get install -y -qq git libcmark-dev pkg-config
          - uses: actions/checkout@v4
            with:
              fetch-depth: 0   # the base commit, to find the versions a pull request changes
          - name: Install Redline
            run: |
              git clone --depth 1 --branch "$REDLINE_REF" "$REDLINE_GIT" /tmp/redline
              swift build -c release --package-path /tmp/redline --product redline
              echo /tmp/redline/.build/release >> "$GITHUB_PATH"
          - name: Check the policies
            id: check
            run: redline check --format github
          - name: Build the site
            if: ${{ !cancelled() && steps.check.conclusion != 'skipped' }}
            run: redline build --quiet
          - name: Redline of the changed versions
            if: ${{ !cancelled() && steps.check.conclusion != 'skipped' && github.event_name == 'pull_request' }}
            shell: bash
            env:
              BASE: ${{ github.event.pull_request.base.sha }}
            run: |
              git config --global --add safe.directory "$GITHUB_WORKSPACE"
              : > redline-comment.md
              changed=$(git diff --name-only --diff-filter=AM "$BASE" HEAD -- content \
                | grep -E '^content/[a-z0-9-]+/[0-9]{4}-[0-9]{2}-[0-9]{2}/[^/]+\.md$' | sort || true)
              for path in $changed; do
                IFS=/ read -r _ policy date file <<< "$path"
                locale="${file%.md}"
                previous=""
                for folder in $(ls "content/$policy" | grep -E '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' | sort); do
                  if [[ "$folder" < "$date" && -f "content/$policy/$folder/$locale.md" ]]; then previous="$folder"; fi
                done
                if [ -n "$previous" ]; then
                  redline diff "$policy/$previous/$locale" "$policy/$date/$locale" --format markdown >> redline-comment.md
                else
                  printf '### New: %s\n\nThe first version of `%s` in `%s`.\n' "$path" "$policy" "$locale" >> redline-comment.md
                fi
                printf '\n' >> redline-comment.md
              done
          - name: Post the redline on the pull request
            if: ${{ !cancelled() && steps.check.conclusion != 'skipped' && github.event_name == 'pull_request' }}
            uses: actions/github-script@v7
            with:
              script: |
                const fs = require('fs');
                const body = fs.existsSync('redline-comment.md') ? fs.readFileSync('redline-comment.md', 'utf8').trim() : '';
                if (!body) return;
                const marker = '<!-- redline diff -->';
                const text = marker + '\n' + (body.length > 60000 ? body.slice(0, 60000) + '\n\n… (truncated)' : body);
                const { owner, repo } = context.repo;
                const issue_number = context.issue.number;
                const comments = await github.paginate(github.rest.issues.listComments, { owner, repo, issue_number });
                const previous = comments.find(c => c.body && c.body.startsWith(marker));
                if (previous) await github.rest.issues.updateComment({ owner, repo, comment_id: previous.id, body: text });
                else await github.rest.issues.createComment({ owner, repo, issue_number, body: text });
          - name: Keep the built site
            if: ${{ github.event_name == 'push' }}
            uses: actions/upload-artifact@v4
            with:
              name: site
              path: public/

    """#
}
