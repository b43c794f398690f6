import json, sys


def main(form, data):
    fields = json.load(open(data))
    print(f"would fill {len(fields)} fields of {form}")


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
