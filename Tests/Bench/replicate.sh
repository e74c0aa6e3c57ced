# Sourced by the bench scripts: replicate_docs N DIR writes spec/docs N times into DIR, the
# Coworker entity renamed CoworkerAaa, CoworkerAab, … in each copy (N x 5 pages).
replicate_docs() {
    local copies="$1" target="$2" k tag lower page
    local letters=(a b c d e f g h i j k l m n o p q r s t u v w x y z)
    mkdir -p "$target"
    for ((k = 0; k < copies; k++)); do
        tag="A${letters[$((k / 26 % 26))]}${letters[$((k % 26))]}"
        lower="$(echo "$tag" | tr 'A-Z' 'a-z')"
        for page in spec/docs/*; do
            sed -e "s/Coworker/Coworker${tag}/g" -e "s/coworker/coworker${lower}/g" "$page" > "$target/${tag}-$(basename "$page")"
        done
    done
}
