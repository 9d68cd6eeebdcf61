/*
 * The gilpy Python subset, shaped like CPython's classic LL grammar with the 3.8+
 * additions (walrus, positional-only '/', match, except*). Rules stay permissive where
 * CPython reports a specific SyntaxError; the parse-tree translator checks those.
 */
parser grammar PythonParser;

options { tokenVocab = PythonLexer; }

file_input : ( NEWLINE | stmt )* EOF ;
eval_input : testlist NEWLINE* EOF ;

stmt : simple_stmts | compound_stmt ;
simple_stmts : simple_stmt ( SEMI_COLON simple_stmt )* SEMI_COLON? ( NEWLINE | EOF ) ;
simple_stmt
  : expr_stmt
  | del_stmt
  | PASS
  | BREAK
  | CONTINUE
  | return_stmt
  | raise_stmt
  | global_stmt
  | nonlocal_stmt
  | assert_stmt
  | import_stmt
  ;

expr_stmt
  : testlist_star_expr annassign                                         # annAssign
  | testlist_star_expr augassign ( yield_expr | testlist )               # augAssign
  | testlist_star_expr ( ASSIGN ( yield_expr | testlist_star_expr ) )+   # assign
  | ( yield_expr | testlist_star_expr )                                  # exprStmt
  ;
annassign : COLON test ( ASSIGN ( yield_expr | testlist_star_expr ) )? ;
augassign
  : ADD_ASSIGN | SUB_ASSIGN | MULT_ASSIGN | AT_ASSIGN | DIV_ASSIGN | MOD_ASSIGN
  | AND_ASSIGN | OR_ASSIGN | XOR_ASSIGN | LEFT_SHIFT_ASSIGN | RIGHT_SHIFT_ASSIGN
  | STAR_STAR_ASSIGN | SLASH_SLASH_ASSIGN
  ;
testlist_star_expr : ( namedexpr_test | star_expr ) ( COMMA ( namedexpr_test | star_expr ) )* COMMA? ;

del_stmt : DEL exprlist ;
return_stmt : RETURN testlist_star_expr? ;
raise_stmt : RAISE ( test ( FROM test )? )? ;
global_stmt : GLOBAL name ( COMMA name )* ;
nonlocal_stmt : NONLOCAL name ( COMMA name )* ;
assert_stmt : ASSERT test ( COMMA test )? ;

import_stmt : import_name | import_from ;
import_name : IMPORT dotted_as_name ( COMMA dotted_as_name )* ;
import_from
  : FROM import_dots* dotted_name IMPORT import_targets
  | FROM import_dots+ IMPORT import_targets
  ;
import_dots : DOT | ELLIPSIS ;
import_targets
  : STAR
  | OPEN_PAREN import_as_name ( COMMA import_as_name )* COMMA? CLOSE_PAREN
  | import_as_name ( COMMA import_as_name )*
  ;
import_as_name : name ( AS name )? ;
dotted_as_name : dotted_name ( AS name )? ;
dotted_name : name ( DOT name )* ;

compound_stmt
  : if_stmt
  | while_stmt
  | for_stmt
  | try_stmt
  | with_stmt
  | funcdef
  | classdef
  | decorated
  | match_stmt
  ;

if_stmt : IF namedexpr_test COLON block ( ELIF namedexpr_test COLON block )* ( ELSE COLON block )? ;
while_stmt : WHILE namedexpr_test COLON block ( ELSE COLON block )? ;
for_stmt : ASYNC? FOR exprlist IN testlist_star_expr COLON block ( ELSE COLON block )? ;
try_stmt
  : TRY COLON block
    ( except_clause+ ( ELSE COLON block )? ( FINALLY COLON finally_block=block )?
    | FINALLY COLON finally_block=block
    )
  ;
except_clause : EXCEPT STAR? ( test ( AS name )? )? COLON block ;
with_stmt
  : ASYNC? WITH OPEN_PAREN with_item ( COMMA with_item )* COMMA? CLOSE_PAREN COLON block
  | ASYNC? WITH with_item ( COMMA with_item )* COLON block
  ;
with_item : test ( AS expr )? ;

block : simple_stmts | NEWLINE INDENT stmt+ DEDENT ;

decorated : decorator+ ( classdef | funcdef ) ;
decorator : AT namedexpr_test NEWLINE ;
funcdef : ASYNC? DEF name OPEN_PAREN param_list? CLOSE_PAREN ( ARROW test )? COLON block ;
param_list : param ( COMMA param )* COMMA? ;
param
  : name ( COLON test )? ( ASSIGN test )?       # plainParam
  | STAR ( name ( COLON test )? )?              # starParam
  | POWER name ( COLON test )?                  # kwargsParam
  | DIV                                         # slashParam
  ;
lambda_params : lambda_param ( COMMA lambda_param )* COMMA? ;
lambda_param
  : name ( ASSIGN test )?                       # lambdaPlainParam
  | STAR name?                                  # lambdaStarParam
  | POWER name                                  # lambdaKwargsParam
  | DIV                                         # lambdaSlashParam
  ;
classdef : CLASS name ( OPEN_PAREN arglist? CLOSE_PAREN )? COLON block ;

// match: built into if-chains of pattern tests by PatternBuilder.
match_stmt : MATCH subject=testlist_star_expr COLON NEWLINE INDENT case_block+ DEDENT ;
case_block : CASE patterns ( IF namedexpr_test )? COLON block ;
patterns : pattern ( COMMA pattern )* COMMA? ;
pattern : or_pattern ( AS name )? ;
or_pattern : closed_pattern ( OR_OP closed_pattern )* ;
closed_pattern
  : MINUS? NUMBER ( ( ADD | MINUS ) NUMBER )?
  | STRING+
  | NONE | TRUE | FALSE
  | name ( DOT name )* ( OPEN_PAREN pattern_args? CLOSE_PAREN )?
  | OPEN_PAREN patterns? CLOSE_PAREN
  | OPEN_BRACK patterns? CLOSE_BRACK
  | STAR name
  | OPEN_BRACE ( mapping_item ( COMMA mapping_item )* COMMA? )? CLOSE_BRACE
  ;
mapping_item : closed_pattern COLON pattern | POWER name ;
pattern_args : pattern_arg ( COMMA pattern_arg )* COMMA? ;
pattern_arg : ( name ASSIGN )? pattern ;

// Expressions, lowest precedence first.
namedexpr_test : test ( WALRUS test )? ;
test
  : or_test ( IF or_test ELSE test )?
  | lambdef
  ;
test_nocond : or_test | lambdef ;
lambdef : LAMBDA lambda_params? COLON test ;
or_test : and_test ( OR and_test )* ;
and_test : not_test ( AND not_test )* ;
not_test : NOT not_test | comparison ;
comparison : expr ( comp_op expr )* ;
comp_op : LESS | GREATER | EQUALS | GREATER_EQ | LESS_EQ | NOT_EQ | IN | NOT IN | IS | IS NOT ;
star_expr : STAR expr ;
expr : xor_expr ( OR_OP xor_expr )* ;
xor_expr : and_expr ( XOR and_expr )* ;
and_expr : shift_expr ( AND_OP shift_expr )* ;
shift_expr : arith_expr ( ( LEFT_SHIFT | RIGHT_SHIFT ) arith_expr )* ;
arith_expr : term ( ( ADD | MINUS ) term )* ;
term : factor ( ( STAR | AT | DIV | MOD | FLOOR_DIV ) factor )* ;
factor : ( ADD | MINUS | NOT_OP ) factor | power ;
power : await_primary ( POWER factor )? ;
await_primary : AWAIT primary | primary ;
primary : atom trailer* ;
atom
  : OPEN_PAREN ( yield_expr | testlist_comp )? CLOSE_PAREN      # parenAtom
  | OPEN_BRACK testlist_comp? CLOSE_BRACK                       # listAtom
  | OPEN_BRACE dictorsetmaker? CLOSE_BRACE                      # dictAtom
  | name                                                        # nameAtom
  | NUMBER                                                      # numberAtom
  | STRING+                                                     # stringAtom
  | ELLIPSIS                                                    # ellipsisAtom
  | NONE                                                        # noneAtom
  | TRUE                                                        # trueAtom
  | FALSE                                                       # falseAtom
  ;
name : NAME | MATCH | CASE | TYPE ;
testlist_comp
  : ( namedexpr_test | star_expr ) ( comp_for | ( COMMA ( namedexpr_test | star_expr ) )* COMMA? )
  ;
trailer
  : OPEN_PAREN arglist? CLOSE_PAREN     # callTrailer
  | OPEN_BRACK subscriptlist CLOSE_BRACK # subscriptTrailer
  | DOT name                            # attrTrailer
  ;
subscriptlist : subscript ( COMMA subscript )* COMMA? ;
subscript
  : test? COLON test? ( COLON test? )?  # sliceSubscript
  | namedexpr_test                      # indexSubscript
  | star_expr                           # starSubscript
  ;
exprlist : ( expr | star_expr ) ( COMMA ( expr | star_expr ) )* COMMA? ;
testlist : test ( COMMA test )* COMMA? ;
dictorsetmaker
  : dict_item ( comp_for | ( COMMA dict_item )* COMMA? )                                  # dictMaker
  | ( namedexpr_test | star_expr ) ( comp_for | ( COMMA ( namedexpr_test | star_expr ) )* COMMA? ) # setMaker
  ;
dict_item : test COLON test | POWER expr ;
arglist : argument ( COMMA argument )* COMMA? ;
argument
  : test comp_for        # genArgument
  | name ASSIGN test     # keywordArgument
  | STAR test            # starArgument
  | POWER test           # kwargsArgument
  | namedexpr_test       # positionalArgument
  ;
comp_for : ASYNC? FOR exprlist IN or_test comp_iter? ;
comp_iter : comp_for | comp_if ;
comp_if : IF test_nocond comp_iter? ;
yield_expr : YIELD ( FROM test | testlist_star_expr )? ;
